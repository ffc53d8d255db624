// Draws the capacity charts ([data-capacity-chart] containers) from data.capacity in #report-data: per run, achieved
// against offered rate ("rate") and p99 against achieved rate ("latency"), from its steps; and the capacity over the
// runs ("history"). A container is marked data-chart-rendered="true" only once Chart.js drew it: a step chart with at
// least one step, the history with at least two runs. Charts of a folded run are drawn when it is opened.
(function () {
  'use strict';
  var COLORS = ['#0969da', '#8250df', '#bf8700', '#1a7f37', '#57606a'];
  var BROKE = '#cf222e';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var runs = data.capacity || [];

  function runOf(id) {
    return runs.filter(function (run) { return run.id === id; })[0];
  }

  function present(value) {
    return value !== null && value !== undefined;
  }

  // One series of a run's steps: {x, y, step} points, broken steps in red.
  function stepSeries(run, label, x, y, color) {
    var points = run.steps
        .filter(function (step) { return present(step[x]) && present(step[y]); })
        .map(function (step) { return { x: step[x], y: step[y], step: step }; });
    return {
      label: label,
      data: points,
      showLine: true,
      borderColor: color,
      backgroundColor: color,
      pointRadius: 4,
      pointBackgroundColor: function (ctx) {
        return ctx.raw && ctx.raw.step && ctx.raw.step.held === false ? BROKE : color;
      },
      tension: 0
    };
  }

  function guide(label, points) {
    return { label: label, data: points, showLine: true, borderColor: '#8c959f', borderDash: [6, 4],
      borderWidth: 1, pointRadius: 0, backgroundColor: '#8c959f' };
  }

  function stepTooltip(ctx) {
    var step = ctx.raw && ctx.raw.step;
    var text = ctx.dataset.label + ': ' + ctx.parsed.y;
    if (!step) {
      return text;
    }
    return text + ' (step ' + step.index + ', ' + step.offeredPerSecond + '/s offered, '
        + (step.held === false ? 'broke: ' + (step.reason || '?') : 'held') + ')';
  }

  function scatter(canvas, datasets, xTitle, yTitle) {
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', beginAtZero: true, title: { display: true, text: xTitle } },
          y: { beginAtZero: true, title: { display: true, text: yTitle } }
        },
        plugins: { tooltip: { callbacks: { label: stepTooltip } } }
      }
    });
  }

  // Achieved (and, end to end, consumed) rate against the offered rate; the dashed line is achieved = offered.
  function drawRate(canvas, run) {
    var achieved = stepSeries(run, 'achieved publishes/s', 'offeredPerSecond', 'achievedPerSecond', COLORS[0]);
    var datasets = [achieved];
    if (run.endToEnd) {
      datasets.push(stepSeries(run, 'consumed messages/s', 'offeredPerSecond', 'consumedPerSecond', COLORS[1]));
    }
    var offered = run.steps.map(function (step) { return step.offeredPerSecond; }).filter(present);
    if (offered.length > 0) {
      var top = Math.max.apply(null, offered);
      datasets.push(guide('achieved = offered', [{ x: 0, y: 0 }, { x: top, y: top }]));
    }
    scatter(canvas, datasets, 'offered (messages/s)', 'messages/s');
    return achieved.data.length;
  }

  // The produce group's p99 (and p50; end to end, the e2e p99) against the achieved rate; the dashed line is the
  // objective's p99. Where the rate stops rising and p99 shoots up is the knee.
  function drawLatency(canvas, run) {
    var p99 = stepSeries(run, 'p99 ms', 'achievedPerSecond', 'p99Ms', COLORS[0]);
    var datasets = [p99, stepSeries(run, 'p50 ms', 'achievedPerSecond', 'p50Ms', COLORS[3])];
    if (run.endToEnd) {
      datasets.push(stepSeries(run, 'end-to-end p99 ms', 'achievedPerSecond', 'e2eP99Ms', COLORS[1]));
    }
    var achieved = run.steps.map(function (step) { return step.achievedPerSecond; }).filter(present);
    if (present(run.objectiveP99Ms) && achieved.length > 0) {
      datasets.push(guide('objective p99 ' + run.objectiveP99Ms + ' ms',
          [{ x: 0, y: run.objectiveP99Ms }, { x: Math.max.apply(null, achieved), y: run.objectiveP99Ms }]));
    }
    scatter(canvas, datasets, 'achieved (publishes/s)', 'ms');
    return p99.data.length;
  }

  // The capacity of every run, by variant, one point per run.
  function drawHistory(canvas) {
    function series(label, color, pick) {
      return { label: label, data: runs.map(pick), borderColor: color, backgroundColor: color, spanGaps: true,
        tension: 0 };
    }
    var datasets = [
      series('publish: publishes/s', COLORS[0], function (run) { return run.endToEnd ? null : run.publishesPerSecond; }),
      series('end to end: publishes/s', COLORS[2], function (run) { return run.endToEnd ? run.publishesPerSecond : null; }),
      series('end to end: messages/s consumed', COLORS[1], function (run) { return run.endToEnd ? run.endToEndPerSecond : null; })
    ].filter(function (set) { return set.data.some(present); });
    new Chart(canvas, {
      type: 'line',
      data: { labels: runs.map(function (run) { return run.label; }), datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: 'messages/s' } } },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) { return runs[items[0].dataIndex].id; },
              footer: function (items) {
                var run = runs[items[0].dataIndex];
                return [run.headline, run.stop];
              }
            }
          }
        }
      }
    });
    return runs.length;
  }

  function draw(container) {
    var status = container.querySelector('.chart-status');
    var kind = container.dataset.capacityChart;
    container.dataset.chartRendered = 'false';
    if (typeof Chart === 'undefined') {
      status.textContent = 'Chart not drawn: Chart.js did not load (assets/chart.umd.min.js missing?).';
      return;
    }
    var canvas = container.querySelector('canvas');
    var points;
    if (kind === 'history') {
      points = drawHistory(canvas);
    } else {
      var run = runOf(container.dataset.run);
      if (!run) {
        status.textContent = 'Chart not drawn: no capacity run ' + container.dataset.run + ' in the page data.';
        return;
      }
      if (kind === 'rate') {
        points = drawRate(canvas, run);
      } else if (kind === 'latency') {
        points = drawLatency(canvas, run);
      } else {
        status.textContent = 'Chart not drawn: no capacity chart named ' + kind + '.';
        return;
      }
    }
    container.dataset.chartPoints = String(points);
    if (kind === 'history' && points < 2) {
      status.textContent = 'One capacity run so far: the line starts with the next one.';
      return;
    }
    if (points < 1) {
      status.textContent = 'No steps with figures in this run\'s summary.';
      return;
    }
    status.textContent = '';
    container.dataset.chartRendered = 'true';
  }

  window.drawFoldedCharts('[data-capacity-chart]', draw);
})();
