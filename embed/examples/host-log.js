// Example host script: shows the quiz's events on the page (as text) and keeps them in
// window.stagesQuizLog. A real site would send e.detail to its own booking flow, or nowhere.
(function () {
  var log = (window.stagesQuizLog = []);
  function show(line) {
    var out = document.getElementById('log');
    if (out) out.textContent += line + '\n';
  }
  ['stages-quiz:start', 'stages-quiz:complete', 'stages-quiz:error', 'stages-quiz:words'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var target = e.target.id || e.target.tagName.toLowerCase();
      log.push({ type: type, target: target, detail: e.detail });
      var extra = type === 'stages-quiz:complete' ? ': ' + e.detail.stage : '';
      if (type === 'stages-quiz:error') extra = ': ' + e.detail.problems.length + ' problem(s)';
      show(type + ' from ' + target + extra);
    });
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    log.push({ type: 'securitypolicyviolation', detail: e.violatedDirective });
    show('CSP violation: ' + e.violatedDirective);
  });
})();
