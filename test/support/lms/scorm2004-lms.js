/* global window, document */
// Test LMS for SCORM 2004: a real scorm-again Scorm2004API on window.API_1484_11 (where SCORM 2004
// content looks for it) that records every call the course makes, and the course in an iframe.
// The twin of scorm12-lms.js, with the same page API (window.cwLms) and fault layer.
(function () {
  'use strict';
  var apiFunctions = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit',
    'GetLastError', 'GetErrorString', 'GetDiagnostic'];
  var calls = [];
  var logs = [];
  // Faults in front of the real runtime, as a network between course and LMS server would make
  // them: a refused call never reaches scorm-again and answers "false" with the RTE's general
  // failure code for that call (351 set, 391 commit, 111 termination).
  var faults = { refuseSets: false, refuseCommit: false, refuseFinish: 0 };
  var refusedError = '';

  function refused(name) {
    if (name === 'SetValue') return faults.refuseSets ? '351' : '';
    if (name === 'Commit') return faults.refuseCommit ? '391' : '';
    if (name === 'Terminate' && faults.refuseFinish > 0) {
      faults.refuseFinish -= 1;
      return '111';
    }
    return '';
  }

  function launch(courseUrl, initialData) {
    var api = new window.Scorm2004API({
      autocommit: false,
      logLevel: 3,
      onLogMessage: function (level, message) { logs.push({ level: level, message: String(message) }); },
    });
    if (initialData) api.loadFromJSON(initialData);
    apiFunctions.forEach(function (name) {
      var original = api[name];
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        if (name === 'GetLastError' && refusedError) return refusedError;
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
    window.API_1484_11 = api;
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
    cmi: function () { return JSON.parse(JSON.stringify(window.API_1484_11.renderCMIToJSONObject())).cmi; },
    // What an LMS does when the learner leaves: removes the content frame.
    closeCourse: function () {
      var frame = document.getElementById('course');
      if (frame) frame.remove();
    },
  };
})();
