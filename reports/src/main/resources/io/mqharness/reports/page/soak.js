// Draws the soak charts ([data-soak-chart] containers) from data.soak in #report-data, per run and over its time
// (seconds from the start of the load): "heap" (the simulator's heap after collection, MB, with the least-squares line
// of the judged window), "threads" (live threads, open connections, stored messages) and "throughput" (requests,
// publishes and deliveries per second). A container is marked data-chart-rendered="true" only once Chart.js drew it
// with at least two samples. Charts of a folded run are drawn when it is opened.
(function () {
  'use strict';
  var COLORS = ['#0969da', '#8250df', '#bf8700', '#1a7f37', '#cf222e'];
  var MB = 1024 * 1024;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var runs = data.soak || [];

  function runOf(id) {
    return runs.filter(function (run) { return run.id === id; })[0];
  }

  function present(value) {
    return value !== null && value !== undefined;
  }

  function series(run, label, pick, color, axis) {
    return {
      label: label,
      data: run.samples.filter(function (s) { return present(s.tSeconds) && present(pick(s)); })
          .map(function (s) { return { x: s.tSeconds, y: pick(s) }; }),
      showLine: true, borderColor: color, backgroundColor: color, pointRadius: 2, borderWidth: 1.5, tension: 0,
      yAxisID: axis || 'y'
    };
  }

  // The least-squares line through the heap samples of the judged window, drawn over that window.
  function heapTrend(run) {
    var trend = (run.trends || []).filter(function (t) { return t.series === 'heap'; })[0];
    var from = run.judgedFromSeconds, to = run.judgedToSeconds;
    if (!trend || !present(trend.slopePerSecond) || !present(from) || !present(to)) {
      return null;
    }
    var judged = run.samples.filter(function (s) {
      return s.tSeconds >= from && s.tSeconds <= to && present(s.heapUsedAfterGcBytes);
    });
    if (judged.length < 2) {
      return null;
    }
    var meanT = judged.reduce(function (a, s) { return a + s.tSeconds; }, 0) / judged.length;
    var meanY = judged.reduce(function (a, s) { return a + s.heapUsedAfterGcBytes; }, 0) / judged.length;
    function at(t) { return (meanY + trend.slopePerSecond * (t - meanT)) / MB; }
    return {
      label: 'trend ' + (trend.grows ? '(grows)' : '(flat)') + ': ' + (trend.slopePerSecond / 1024).toFixed(1) + ' KB/s',
      data: [{ x: from, y: at(from) }, { x: to, y: at(to) }],
      showLine: true, borderColor: trend.grows ? COLORS[4] : '#8c959f', borderDash: [6, 4], borderWidth: 2,
      pointRadius: 0, backgroundColor: trend.grows ? COLORS[4] : '#8c959f'
    };
  }

  function chart(canvas, datasets, yTitle, y1Title) {
    var scales = {
      x: { type: 'linear', beginAtZero: true, title: { display: true, text: 'seconds since the load started' } },
      y: { beginAtZero: true, title: { display: true, text: yTitle } }
    };
    if (y1Title) {
      scales.y1 = { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
        title: { display: true, text: y1Title } };
    }
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: { animation: false, maintainAspectRatio: false, scales: scales }
    });
  }

  function drawHeap(canvas, run) {
    var heap = series(run, 'heap after collection (MB)', function (s) {
      return present(s.heapUsedAfterGcBytes) ? s.heapUsedAfterGcBytes / MB : null;
    }, COLORS[0]);
    var datasets = [heap];
    var trend = heapTrend(run);
    if (trend) {
      datasets.push(trend);
    }
    chart(canvas, datasets, 'MB');
    return heap.data.length;
  }

  function drawThreads(canvas, run) {
    var threads = series(run, 'live threads', function (s) { return s.liveThreads; }, COLORS[1]);
    var datasets = [threads,
      series(run, 'open connections', function (s) { return s.openConnections >= 0 ? s.openConnections : null; }, COLORS[2]),
      series(run, 'stored messages', function (s) { return s.storedMessages; }, COLORS[3], 'y1')];
    chart(canvas, datasets, 'threads, connections', 'messages');
    return threads.data.length;
  }

  function drawThroughput(canvas, run) {
    var requests = series(run, 'requests/s', function (s) { return s.requestsPerSecond; }, COLORS[0]);
    chart(canvas, [requests,
      series(run, 'publishes/s', function (s) { return s.publishedPerSecond; }, COLORS[2]),
      series(run, 'deliveries/s', function (s) { return s.deliveredPerSecond; }, COLORS[3]),
      series(run, 'KOs in the interval', function (s) { return s.kos; }, COLORS[4])], 'per second');
    return requests.data.length;
  }

  var DRAW = { heap: drawHeap, threads: drawThreads, throughput: drawThroughput };

  function draw(container) {
    var status = container.querySelector('.chart-status');
    var kind = container.dataset.soakChart;
    container.dataset.chartRendered = 'false';
    if (typeof Chart === 'undefined') {
      status.textContent = 'Chart not drawn: Chart.js did not load (assets/chart.umd.min.js missing?).';
      return;
    }
    var run = runOf(container.dataset.run);
    if (!run) {
      status.textContent = 'Chart not drawn: no soak run ' + container.dataset.run + ' in the page data.';
      return;
    }
    if (!DRAW[kind]) {
      status.textContent = 'Chart not drawn: no soak chart named ' + kind + '.';
      return;
    }
    var points = DRAW[kind](container.querySelector('canvas'), run);
    container.dataset.chartPoints = String(points);
    if (points < 2) {
      status.textContent = 'Fewer than two samples in this run\'s summary.';
      return;
    }
    status.textContent = '';
    container.dataset.chartRendered = 'true';
  }

  window.drawFoldedCharts('[data-soak-chart]', draw);
})();
