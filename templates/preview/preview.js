/* global window, document, localStorage, EventSource, fetch, setTimeout, clearTimeout, TextEncoder, URLSearchParams */
// The preview page: plays the LMS with a real SCORM 1.2 runtime (scorm-again) as window.API, or
// launches the xAPI or cmi5 package against the preview's stand-in LRS; shows what it received and
// the learner's scenarios, and reloads the course after each build, keeping the learner's state as
// an LMS keeps it between launches (in this browser's storage or the LRS, per course, edition and
// language).
(function () {
  'use strict';
  var frame = document.getElementById('course');
  var byId = function (id) { return document.getElementById(id); };
  var storeKey = 'cw-preview';
  var shown = '';
  var api;
  var commits = 0;
  var failing = false;
  var started = false;
  var scenarioTimer;

  function firstLaunch(language) {
    return { core: { student_id: 'preview-learner-' + language, student_name: 'Preview, Author', credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio', lesson_status: 'not attempted' } };
  }

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

  // Under the key of the session's own course: a session ending after a switch keeps its own learner.
  function keep(key) {
    var data = cmi();
    if (data) localStorage.setItem(key, JSON.stringify(keptData(data)));
  }

  function kept(language) {
    var text = localStorage.getItem(storeKey);
    return text ? JSON.parse(text) : firstLaunch(language);
  }

  function text(id, value) { byId(id).textContent = value; }

  function el(tag, content) {
    var node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) { return response.json().then(function (value) { return { ok: response.ok, value: value }; }); });
  }

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
      var tr = el('tr');
      [n, row.id, row.type, row.student_response, row.result].forEach(function (value) {
        tr.appendChild(el('td', value === undefined ? '' : String(value)));
      });
      body.appendChild(tr);
    });
    if (currentTarget === 'scorm12') showScenarios();
  }

  // Who the learner is, for the preview server to read their saved state: what the page's LMS
  // keeps for SCORM 1.2; the learner and registration whose state document the preview LRS holds
  // for xAPI and cmi5.
  function learner() {
    if (currentTarget !== 'scorm12') return { target: currentTarget, registration: registration(), actor: actor };
    var data = cmi();
    return { target: 'scorm12', suspendData: (data && data.suspend_data) || '' };
  }

  // The scenarios are read from the saved state, by the preview server with the player's own codec.
  function showScenarios() {
    clearTimeout(scenarioTimer);
    scenarioTimer = setTimeout(function () {
      post('/__preview/scenarios', learner()).then(function (result) {
        if (!result.ok) return;
        window.cwPreviewScenarios.show(byId('pv-scenarios'), result.value.scenarios, jumpToNode);
      });
    }, 50);
  }

  function newApi(data) {
    var key = storeKey;
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
          keep(key);
        }
        render();
        return result;
      };
    });
    window.API = api;
  }

  // The old course must see its own session end (pagehide calls LMSFinish) before the new one
  // starts; `prepare` may then change what the LMS kept, and gives the data to launch with.
  function relaunch(query, language, prepare) {
    frame.onload = function () {
      frame.onload = fillJump;
      Promise.resolve(prepare ? prepare() : kept(language)).then(function (data) {
        newApi(data);
        render();
        frame.src = '/course/index.html?' + query;
      });
    };
    frame.src = 'about:blank';
  }

  function fillJump() {
    var select = byId('pv-jump');
    select.textContent = '';
    var links = frame.contentDocument ? frame.contentDocument.querySelectorAll('.cw-menu-link') : [];
    Array.prototype.forEach.call(links, function (link, index) {
      var option = el('option');
      option.value = String(index);
      var title = link.querySelector('.cw-menu-title');
      option.textContent = (index + 1) + '. ' + (title ? title.textContent : link.textContent);
      select.appendChild(option);
    });
  }

  function variantLabel(variant) {
    return (variant.edition ? variant.edition + ' · ' : '') + variant.language + ' — ' + variant.title;
  }

  function fillVariants(status) {
    var select = byId('pv-variant');
    select.textContent = '';
    select.disabled = status.variants.length < 2;
    status.variants.forEach(function (variant) {
      var option = el('option', variantLabel(variant));
      option.value = JSON.stringify({ edition: variant.edition, language: variant.language });
      if (status.variant && variant.edition === status.variant.edition && variant.language === status.variant.language) option.selected = true;
      select.appendChild(option);
    });
  }

  // The course is reloaded at the changed state, once the old session has ended; for xAPI and
  // cmi5 the preview server writes it into the LRS, where the course reads it at launch.
  function jumpToNode(scenario, node) {
    var move = { scenario: scenario, node: node };
    if (currentTarget !== 'scorm12') {
      // The course goes on from the node as a new attempt (a new registration): what the ended
      // session kept on the device for the old one cannot undo the jump.
      var into = window.crypto.randomUUID();
      launchXapi(function () {
        return post('/__preview/scenario-jump', Object.assign(move, learner(), { into: into })).then(function (result) {
          if (result.ok) localStorage.setItem(storeKey + ':registration', into);
        });
      });
      return;
    }
    var language = currentLanguage;
    relaunch('jump=' + Date.now(), language, function () {
      var data = kept(language);
      return post('/__preview/scenario-jump', Object.assign(move, { target: 'scorm12', suspendData: data.suspend_data || '' })).then(function (result) {
        if (!result.ok) return data;
        data.suspend_data = result.value.state;
        data.core = Object.assign({}, data.core, { lesson_location: result.value.location, entry: 'resume' });
        localStorage.setItem(storeKey, JSON.stringify(data));
        return data;
      });
    });
  }

  var currentLanguage = 'en';
  var currentTarget = 'scorm12';
  byId('pv-variant').addEventListener('change', function (event) {
    post('/__preview/variant', JSON.parse(event.target.value));
  });
  byId('pv-jump').addEventListener('change', function (event) {
    var link = frame.contentDocument && frame.contentDocument.querySelectorAll('.cw-menu-link')[Number(event.target.value)];
    if (link) link.click();
  });
  byId('pv-reset').addEventListener('click', function () {
    commits = 0;
    relaunch('reset=' + Date.now(), currentLanguage, function () {
      localStorage.removeItem(storeKey);
      return firstLaunch(currentLanguage);
    });
  });
  byId('pv-target').addEventListener('change', function (event) {
    var variant = JSON.parse(byId('pv-variant').value || '{}');
    post('/__preview/variant', { edition: variant.edition, language: variant.language, target: event.target.value });
  });
  byId('pv-xapi-reset').addEventListener('click', function () {
    localStorage.removeItem(storeKey + ':registration');
    launchXapi();
  });
  byId('pv-fail').addEventListener('change', function (event) {
    failing = event.target.checked;
    render();
  });

  // xAPI: the course is launched as an LMS or LRS launches it, with the preview's stand-in LRS (its
  // credentials are made for this run; the package holds none), one registration per learner.
  var lrs;
  function registration() {
    var key = storeKey + ':registration';
    var value = localStorage.getItem(key);
    if (!value) localStorage.setItem(key, (value = window.crypto.randomUUID()));
    return value;
  }

  var actor = { objectType: 'Agent', name: 'Preview, Author', account: { homePage: window.location.origin, name: 'preview-learner' } };

  // cmi5: the preview plays the LMS's part first (launch data, a one-time token URL), then launches.
  function launchQuery(target) {
    if (target === 'cmi5') {
      return post('/__preview/cmi5-launch', { registration: registration(), actor: actor }).then(function (result) { return result.value.query; });
    }
    return Promise.resolve(new URLSearchParams({ endpoint: window.location.origin + lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration: registration() }).toString());
  }

  // `prepare` runs once the old session has ended, before the launch.
  function launchXapi(prepare) {
    var target = currentTarget;
    frame.onload = function () {
      frame.onload = fillJump;
      // Nothing else in the link: an xAPI runtime passes the launch's other parameters on to the LRS.
      Promise.resolve(prepare && prepare()).catch(function () {}).then(function () { return launchQuery(target); }).then(function (query) {
        frame.src = '/course/index.html?' + query;
        showScenarios();
      });
    };
    frame.src = 'about:blank';
    showStatements();
  }

  function showStatements() {
    fetch('/__preview/statements').then(function (response) { return response.json(); }).then(function (received) {
      var mine = received.filter(function (r) { return r.statement.context && r.statement.context.registration === registration(); });
      text('pv-statement-count', '(' + mine.length + ')');
      var body = byId('pv-statements');
      body.textContent = '';
      mine.forEach(function (r, index) {
        var s = r.statement;
        var verb = s.verb && s.verb.display ? s.verb.display['en-US'] || s.verb.display[Object.keys(s.verb.display)[0]] : s.verb && s.verb.id;
        var object = s.object && s.object.definition && s.object.definition.name ? s.object.definition.name[Object.keys(s.object.definition.name)[0]] : s.object && s.object.id;
        var result = s.result ? [s.result.response !== undefined ? 'response ' + s.result.response : '', s.result.success !== undefined ? (s.result.success ? 'success' : 'no success') : '', s.result.completion ? 'completed' : '', s.result.score && s.result.score.scaled !== undefined ? 'score ' + s.result.score.scaled : ''].filter(Boolean).join(', ') : '';
        var tr = el('tr');
        [String(index + 1), verb, object, result].forEach(function (value) { tr.appendChild(el('td', value === undefined ? '' : String(value))); });
        tr.setAttribute('data-verb', String(s.verb && s.verb.id).split('/').pop());
        body.appendChild(tr);
      });
    });
  }

  var events = new EventSource('/__preview/events');
  events.addEventListener('statements', function () { if (lrs) showStatements(); });
  events.addEventListener('learner-state', function () { if (lrs) showScenarios(); });
  events.addEventListener('build', function (event) {
    var status = JSON.parse(event.data);
    fillVariants(status);
    if (status.variant) currentLanguage = status.variant.language;
    if (status.courseId) text('pv-course', status.variant ? variantLabel(status.variant) : status.courseId);
    var problems = byId('pv-problems');
    problems.hidden = status.diagnostics.length === 0;
    text('pv-problems-title', status.ok
      ? status.diagnostics.length + ' warning(s)'
      : 'The course has ' + status.errors + ' error(s). ' + (started ? 'The course below is the last build that worked.' : 'Fix them to see the course.'));
    text('pv-problems-list', status.diagnostics.join('\n\n'));
    text('pv-build', 'Build ' + status.version + (status.ok ? ': ok' : ': failed') + ' in ' + status.ms + ' ms');
    currentTarget = status.target;
    byId('pv-target').value = status.target;
    Array.prototype.forEach.call(document.querySelectorAll('[data-for]'), function (part) {
      part.hidden = part.getAttribute('data-for') !== (status.target === 'scorm12' ? 'scorm12' : 'lrs');
    });
    text('pv-inspector-title', status.target === 'scorm12' ? 'What the LMS received (SCORM 1.2, scorm-again)' : 'What the LRS received (' + (status.target === 'cmi5' ? 'cmi5' : 'xAPI') + ', the preview\'s stand-in LRS)');
    if (!status.ok) return;
    started = true;
    // Each edition, language and package keeps its own learner, as an LMS keeps each package's.
    var key = 'cw-preview:' + status.courseId + ':' + currentLanguage + (status.target === 'scorm12' ? '' : ':' + status.target);
    if (key !== shown) commits = 0;
    shown = storeKey = key;
    lrs = status.lrs;
    if (status.target !== 'scorm12') launchXapi();
    else relaunch('build=' + status.version, currentLanguage);
  });
})();
