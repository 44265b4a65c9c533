/* global window, document */
// Test LMS for SCORM 1.2: a real scorm-again Scorm12API on window.API (where SCORM content looks
// for it) that records every call the course makes, and the course in an iframe.
(function () {
  'use strict';
  var apiFunctions = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
    'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  var calls = [];
  var logs = [];
  // Faults in front of the real runtime, as a network between course and LMS server would make
  // them: a refused call never reaches scorm-again and answers "false" with error 101.
  var faults = { refuseSets: false, refuseCommit: false, refuseFinish: 0 };
  var refusedError = '';

  function refused(name) {
    if (name === 'LMSSetValue') return faults.refuseSets;
    if (name === 'LMSCommit') return faults.refuseCommit;
    if (name === 'LMSFinish' && faults.refuseFinish > 0) {
      faults.refuseFinish -= 1;
      return true;
    }
    return false;
  }

  function launch(courseUrl, initialData) {
    var api = new window.Scorm12API({
      autocommit: false,
      logLevel: 3,
      onLogMessage: function (level, message) { logs.push({ level: level, message: String(message) }); },
    });
    if (initialData) api.loadFromJSON(initialData);
    apiFunctions.forEach(function (name) {
      var original = api[name];
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        if (name === 'LMSGetLastError' && refusedError) return refusedError;
        refusedError = '';
        if (refused(name)) {
          refusedError = '101';
          calls.push({ fn: name, args: args.map(String), result: 'false', error: '101' });
          return 'false';
        }
        var result = original.apply(api, args);
        calls.push({ fn: name, args: args.map(String), result: String(result), error: String(api.lastErrorCode) });
        return result;
      };
    });
    window.API = api;
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
    cmi: function () { return JSON.parse(JSON.stringify(window.API.renderCMIToJSONObject())).cmi; },
    // What an LMS does when the learner leaves: removes the content frame.
    closeCourse: function () {
      var frame = document.getElementById('course');
      if (frame) frame.remove();
    },
  };
})();
