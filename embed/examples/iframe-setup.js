// Example host script for iframe.html: points the iframe at the quiz page and names this page's
// origin (`origin=`), the only place the quiz may post its result. On a real site, write the
// iframe's src by hand (see the README); this file exists so the example works on any address.
// Test knobs: ?frame=<quiz page URL> and ?declare=<origin to declare instead of our own>.
(function () {
  var params = new URLSearchParams(location.search);
  var frameUrl = new URL(params.get('frame') || '../frame.html', location.href);
  frameUrl.searchParams.set('origin', params.get('declare') || location.origin);
  var lang = params.get('lang');
  if (lang) frameUrl.searchParams.set('lang', lang);
  document.getElementById('quiz-frame').src = frameUrl.href;
})();
