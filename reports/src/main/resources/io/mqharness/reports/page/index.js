// Draws every [data-chart] container from the JSON inlined in #report-data, and marks it
// data-chart-rendered="true" only once Chart.js drew it with at least two runs (the browser test checks that).
(function () {
  'use strict';
  var COLORS = ['#0969da', '#cf222e', '#8250df', '#bf8700', '#1a7f37', '#57606a'];
  var data = JSON.parse(document.getElementById('report-data').textContent);

  function historyOf(simulation) {
    var found = data.history.filter(function (h) { return h.simulation === simulation; })[0];
    return found ? found.runs : [];
  }

  function chartSpec(id) {
    return data.charts.filter(function (c) { return c.id === id; })[0];
  }

  function datasets(spec, runs) {
    return spec.series.map(function (series, i) {
      return {
        label: series.label,
        data: runs.map(function (run) { return run.values[series.key] === undefined ? null : run.values[series.key]; }),
        borderColor: COLORS[i % COLORS.length],
        backgroundColor: COLORS[i % COLORS.length],
        spanGaps: true,
        tension: 0
      };
    }).filter(function (set) { return set.data.some(function (v) { return v !== null; }); });
  }

  function draw(container) {
    var status = container.querySelector('.chart-status');
    var spec = chartSpec(container.dataset.chart);
    var runs = historyOf(container.dataset.simulation);
    container.dataset.chartRendered = 'false';
    container.dataset.chartPoints = String(runs.length);
    if (typeof Chart === 'undefined') {
      status.textContent = 'Chart not drawn: Chart.js did not load (assets/chart.umd.min.js missing?).';
      return;
    }
    if (!spec) {
      status.textContent = 'Chart not drawn: no chart named ' + container.dataset.chart + '.';
      return;
    }
    new Chart(container.querySelector('canvas'), {
      type: 'line',
      data: { labels: runs.map(function (run) { return run.label; }), datasets: datasets(spec, runs) },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: spec.unit } } },
        plugins: {
          tooltip: { callbacks: { title: function (items) { return runs[items[0].dataIndex].id; } } }
        }
      }
    });
    if (runs.length < 2) {
      status.textContent = 'One run so far: the line starts with the next run.';
      return;
    }
    status.textContent = '';
    container.dataset.chartRendered = 'true';
  }

  document.querySelectorAll('[data-chart]').forEach(function (container) {
    try {
      draw(container);
    } catch (e) {
      container.querySelector('.chart-status').textContent = 'Chart not drawn: ' + e;
    }
  });
})();
