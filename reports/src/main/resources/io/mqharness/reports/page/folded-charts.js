// Shared by capacity.js and soak.js: drawFoldedCharts(selector, draw) calls draw(container) for every container the
// selector finds, writing an error into its .chart-status instead of throwing. A chart in a folded run is drawn the
// first time the run is opened: a canvas drawn while hidden has no size.
window.drawFoldedCharts = function (selector, draw) {
  'use strict';
  function drawSafely(container) {
    try {
      draw(container);
    } catch (e) {
      container.querySelector('.chart-status').textContent = 'Chart not drawn: ' + e;
    }
  }

  document.querySelectorAll(selector).forEach(function (container) {
    var folded = container.closest('details:not([open])');
    if (!folded) {
      drawSafely(container);
      return;
    }
    container.querySelector('.chart-status').textContent = 'Drawn when this run is opened.';
    folded.addEventListener('toggle', function whenOpened() {
      if (folded.open) {
        folded.removeEventListener('toggle', whenOpened);
        drawSafely(container);
      }
    });
  });
};
