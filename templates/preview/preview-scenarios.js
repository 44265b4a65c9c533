/* global window, document */
// The preview's scenario panel: where the learner is in each scenario and every variable's value,
// as the preview server read them from the saved state, with "jump to node".
(function () {
  'use strict';
  function el(tag, content) {
    var node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function scenarioView(scenario, onJump) {
    var section = el('section');
    section.className = 'pv-scenario';
    section.setAttribute('data-scenario', scenario.id);
    section.appendChild(el('h4', scenario.title + ' (' + scenario.lesson + ')'));
    var at = el('p', 'At node: ' + scenario.node.id + (scenario.node.title ? ' — ' + scenario.node.title : '') +
      ' · ' + scenario.decisions + ' decision(s)' + (scenario.done ? ' · an ending reached' : '') +
      (scenario.score !== undefined ? ' · best score ' + Math.round(scenario.score * 100) + '%' : ''));
    at.className = 'pv-scenario-node';
    section.appendChild(at);
    var table = el('table');
    var head = el('tr');
    ['Variable', 'Value'].forEach(function (name) { var th = el('th', name); th.scope = 'col'; head.appendChild(th); });
    table.appendChild(head);
    scenario.variables.forEach(function (variable) {
      var tr = el('tr');
      var th = el('th', variable.label + (variable.visible ? '' : ' (hidden)'));
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el('td', String(variable.value)));
      table.appendChild(tr);
    });
    section.appendChild(table);
    var controls = el('div');
    controls.className = 'pv-controls';
    var label = el('label', 'Jump to node ');
    var select = el('select');
    scenario.nodes.forEach(function (node) {
      var option = el('option', node.id + (node.title ? ' — ' + node.title : ''));
      option.value = node.id;
      if (node.id === scenario.node.id) option.selected = true;
      select.appendChild(option);
    });
    label.appendChild(select);
    var button = el('button', 'Go');
    button.type = 'button';
    button.addEventListener('click', function () { onJump(scenario.id, select.value); });
    controls.appendChild(label);
    controls.appendChild(button);
    section.appendChild(controls);
    return section;
  }

  window.cwPreviewScenarios = {
    show: function (box, scenarios, onJump) {
      // A save that changed nothing here leaves the panel as it is: re-drawn, it would reset the
      // node the author is choosing to jump to (the course saves while the author picks).
      var shown = JSON.stringify(scenarios);
      if (box.getAttribute('data-shown') === shown) return;
      box.setAttribute('data-shown', shown);
      box.textContent = '';
      if (!scenarios.length) box.appendChild(el('p', 'None in this course.'));
      scenarios.forEach(function (scenario) { box.appendChild(scenarioView(scenario, onJump)); });
    },
  };
})();
