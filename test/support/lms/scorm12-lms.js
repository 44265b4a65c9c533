/* global window, document */
// Test LMS for SCORM 1.2: a real scorm-again Scorm12API on window.API (where SCORM content looks
// for it) that records every call the course makes, and the course in an iframe.
(function () {
  'use strict';
  var apiFunctions = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
    'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  var calls = [];
  var logs = [];

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
    logs: function () { return logs; },
    cmi: function () { return JSON.parse(JSON.stringify(window.API.renderCMIToJSONObject())).cmi; },
    // What an LMS does when the learner leaves: removes the content frame.
    closeCourse: function () {
      var frame = document.getElementById('course');
      if (frame) frame.remove();
    },
  };
})();
