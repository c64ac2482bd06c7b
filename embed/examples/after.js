// Runs after a broken widget on the host page: proves the widget did not stop the page's scripts.
document.getElementById('after').textContent = 'The host page’s own script still ran after the widget.';
window.hostScriptRan = true;
