/* global window, document, localStorage, EventSource */
// The preview page: plays the LMS with a real SCORM 1.2 runtime (scorm-again) as window.API, shows
// what it received, and reloads the course after each build, keeping the learner's state as an LMS
// keeps it between launches (in this browser's storage, per course).
(function () {
  'use strict';
  var frame = document.getElementById('course');
  var byId = function (id) { return document.getElementById(id); };
  var storeKey = 'cw-preview';
  var api;
  var commits = 0;
  var failing = false;
  var started = false;
  var firstLaunch = { core: { student_id: 'preview-learner', student_name: 'Preview, Author', credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio', lesson_status: 'not attempted' } };

  function cmi() {
    return api ? JSON.parse(JSON.stringify(api.renderCMIToJSONObject())).cmi : undefined;
  }

  // What an LMS keeps after a session for the next launch.
  function keptData(data) {
    var core = Object.assign({}, data.core, { entry: data.core.exit === 'suspend' ? 'resume' : '' });
    delete core.exit;
    delete core.session_time;
    return { core: core, suspend_data: data.suspend_data, interactions: data.interactions };
  }

  function keep() {
    var data = cmi();
    if (data) localStorage.setItem(storeKey, JSON.stringify(keptData(data)));
  }

  function text(id, value) { byId(id).textContent = value; }

  function render() {
    var data = cmi();
    if (!data) return;
    text('pv-status', data.core.lesson_status || '');
    text('pv-score', data.core.score && data.core.score.raw !== '' ? data.core.score.raw : '(none yet)');
    text('pv-location', data.core.lesson_location || '');
    var bytes = new TextEncoder().encode(data.suspend_data || '').length;
    text('pv-suspend', bytes + ' of 4,096 bytes');
    text('pv-commits', String(commits) + (failing ? ' (LMS failing)' : ''));
    var body = byId('pv-interactions');
    body.textContent = '';
    Object.keys(data.interactions || {}).forEach(function (n) {
      var row = data.interactions[n];
      var tr = document.createElement('tr');
      [n, row.id, row.type, row.student_response, row.result].forEach(function (value) {
        var td = document.createElement('td');
        td.textContent = value === undefined ? '' : String(value);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function newApi(data) {
    api = new window.Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON(data);
    var refusedError = '';
    ['LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError'].forEach(function (name) {
      var original = api[name];
      api[name] = function () {
        if (name === 'LMSGetLastError' && refusedError) return refusedError;
        refusedError = '';
        if (failing && (name === 'LMSSetValue' || name === 'LMSCommit')) {
          refusedError = '101';
          return 'false';
        }
        var result = original.apply(api, arguments);
        if (String(result) === 'true' && (name === 'LMSCommit' || name === 'LMSFinish')) {
          commits += 1;
          keep();
        }
        render();
        return result;
      };
    });
    window.API = api;
  }

  // The old course must see its own session end (pagehide calls LMSFinish) before the new one starts.
  function launch(version) {
    frame.onload = function () {
      frame.onload = fillJump;
      var kept = localStorage.getItem(storeKey);
      newApi(kept ? JSON.parse(kept) : firstLaunch);
      render();
      frame.src = '/course/index.html?build=' + version;
    };
    frame.src = 'about:blank';
  }

  function fillJump() {
    var select = byId('pv-jump');
    select.textContent = '';
    var links = frame.contentDocument ? frame.contentDocument.querySelectorAll('.cw-menu-link') : [];
    Array.prototype.forEach.call(links, function (link, index) {
      var option = document.createElement('option');
      option.value = String(index);
      var title = link.querySelector('.cw-menu-title');
      option.textContent = (index + 1) + '. ' + (title ? title.textContent : link.textContent);
      select.appendChild(option);
    });
  }

  byId('pv-jump').addEventListener('change', function (event) {
    var link = frame.contentDocument && frame.contentDocument.querySelectorAll('.cw-menu-link')[Number(event.target.value)];
    if (link) link.click();
  });
  byId('pv-reset').addEventListener('click', function () {
    localStorage.removeItem(storeKey);
    commits = 0;
    frame.onload = function () {
      frame.onload = fillJump;
      localStorage.removeItem(storeKey);
      newApi(firstLaunch);
      render();
      frame.src = '/course/index.html?reset=' + Date.now();
    };
    frame.src = 'about:blank';
  });
  byId('pv-fail').addEventListener('change', function (event) {
    failing = event.target.checked;
    render();
  });

  var events = new EventSource('/__preview/events');
  events.addEventListener('build', function (event) {
    var status = JSON.parse(event.data);
    if (status.courseId) {
      storeKey = 'cw-preview:' + status.courseId;
      text('pv-course', status.courseId);
    }
    var problems = byId('pv-problems');
    problems.hidden = status.diagnostics.length === 0;
    text('pv-problems-title', status.ok
      ? status.diagnostics.length + ' warning(s)'
      : 'The course has ' + status.errors + ' error(s). ' + (started ? 'The course below is the last build that worked.' : 'Fix them to see the course.'));
    text('pv-problems-list', status.diagnostics.join('\n\n'));
    text('pv-build', 'Build ' + status.version + (status.ok ? ': ok' : ': failed'));
    if (!status.ok) return;
    started = true;
    launch(status.version);
  });
})();
