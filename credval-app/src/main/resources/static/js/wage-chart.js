// Draws a bar chart from the table named by the canvas's data-chart-table attribute, so that the
// chart and its text alternative always show the same numbers. Columns marked data-series become
// bars; cells carry the exact value in data-value (absent when BLS did not publish one).
(function () {
  'use strict';
  var colors = ['#005ea2', '#e5a000', '#1a4480', '#00a398'];

  function money(v) {
    return '$' + Number(v).toLocaleString('en-US', {maximumFractionDigits: 0});
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var series = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-series]'));
    var datasets = series.map(function (th, k) {
      return {
        label: th.textContent.trim(),
        backgroundColor: colors[k % colors.length],
        data: rows.map(function (tr) {
          var v = tr.cells[th.cellIndex].getAttribute('data-value');
          return v === null || v === '' ? null : Number(v);
        })
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: {labels: rows.map(function (tr) { return tr.cells[0].textContent.trim(); }), datasets: datasets},
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {y: {beginAtZero: true, ticks: {callback: money}}},
        plugins: {
          tooltip: {callbacks: {label: function (c) { return c.dataset.label + ': ' + money(c.parsed.y); }}},
          legend: {position: 'bottom'}
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart-table]').forEach(draw);
  });
})();
