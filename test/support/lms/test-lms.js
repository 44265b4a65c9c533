/* global window, document */
// Test LMS for SCORM 1.2 and SCORM 2004 (the page's <html data-standard> says which): a real
// scorm-again runtime where SCORM content looks for it (window.API or window.API_1484_11) that
// records every call the course makes, and the course in an iframe.
(function () {
  'use strict';
  var standards = {
    scorm12: {
      apiClass: 'Scorm12API', global: 'API',
      functions: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', lastError: 'LMSGetLastError',
      // 1.2 has one general failure code.
      codes: { set: '101', commit: '101', finish: '101' },
    },
    scorm2004: {
      apiClass: 'Scorm2004API', global: 'API_1484_11',
      functions: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
      set: 'SetValue', commit: 'Commit', finish: 'Terminate', lastError: 'GetLastError',
      // The RTE's general failure code for each call.
      codes: { set: '351', commit: '391', finish: '111' },
    },
  };
  var standard = standards[document.documentElement.getAttribute('data-standard')];
  var calls = [];
  var logs = [];
  // Faults in front of the real runtime, as a network between course and LMS server would make
  // them: a refused call never reaches scorm-again and answers "false" with a failure code.
  var faults = { refuseSets: false, refuseCommit: false, refuseFinish: 0 };
  var refusedError = '';

  function refused(name) {
    if (name === standard.set) return faults.refuseSets ? standard.codes.set : '';
    if (name === standard.commit) return faults.refuseCommit ? standard.codes.commit : '';
    if (name === standard.finish && faults.refuseFinish > 0) {
      faults.refuseFinish -= 1;
      return standard.codes.finish;
    }
    return '';
  }

  function launch(courseUrl, initialData) {
    var api = new window[standard.apiClass]({
      autocommit: false,
      logLevel: 3,
      onLogMessage: function (level, message) { logs.push({ level: level, message: String(message) }); },
    });
    if (initialData) api.loadFromJSON(initialData);
    standard.functions.forEach(function (name) {
      var original = api[name];
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        if (name === standard.lastError && refusedError) return refusedError;
        refusedError = '';
        var code = refused(name);
        if (code) {
          refusedError = code;
          calls.push({ fn: name, args: args.map(String), result: 'false', error: code });
          return 'false';
        }
        var result = original.apply(api, args);
        calls.push({ fn: name, args: args.map(String), result: String(result), error: String(api.lastErrorCode) });
        return result;
      };
    });
    window[standard.global] = api;
    var frame = document.createElement('iframe');
    frame.id = 'course';
    frame.title = 'Course';
    frame.src = courseUrl;
    document.body.appendChild(frame);
  }

  window.cwLms = {
    launch: launch,
    calls: function () { return calls; },
    setFaults: function (next) { Object.assign(faults, next); },
    logs: function () { return logs; },
    cmi: function () { return JSON.parse(JSON.stringify(window[standard.global].renderCMIToJSONObject())).cmi; },
    // What an LMS does when the learner leaves: removes the content frame.
    closeCourse: function () {
      var frame = document.getElementById('course');
      if (frame) frame.remove();
    },
  };
})();
