// Draws the Demand chart from its table (named by the canvas's data-chart-table attribute): one
// horizontal bar per credential row, stacked from the columns marked data-series, for the first
// data-chart-rows rows. The chart and its text alternative therefore always show the same numbers.
// It draws again whenever htmx swaps in a new table (a filter or a sort changed) or restores a
// page from its history (the back button), and never draws a canvas twice.
//
// Chart.js is loaded from here (the script's data-chart-lib attribute), into the head, once: htmx
// runs the script tags of a page it restores from history, and a second copy of Chart.js would
// not know the charts of the first.
(function () {
  'use strict';
  if (window.credvalDemandChart) {
    return;
  }
  window.credvalDemandChart = true;
  var lib = document.currentScript && document.currentScript.getAttribute('data-chart-lib');
  var colors = {required: '#1a4480', preferred: '#e5a000', other: '#97d4ea'};

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var limit = Number(canvas.getAttribute('data-chart-rows')) || 15;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows, 0, limit);
    var series = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-series]'));
    var datasets = series.map(function (th) {
      var key = th.getAttribute('data-series');
      return {
        label: th.textContent.trim(),
        backgroundColor: colors[key] || '#71767a',
        data: rows.map(function (tr) {
          var v = tr.cells[th.cellIndex].getAttribute('data-value');
          return v === null || v === '' ? 0 : Number(v);
        })
      };
    });
    var labels = rows.map(function (tr) {
      var name = tr.cells[0].textContent.trim();
      return name.length > 40 ? name.slice(0, 39) + '…' : name;
    });
    new Chart(canvas, {
      type: 'bar',
      data: {labels: labels, datasets: datasets},
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: true}},
        plugins: {legend: {position: 'bottom'}}
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart-table][data-chart-rows]').forEach(draw);
  }

  if (typeof Chart === 'undefined' && lib) {
    var script = document.createElement('script');
    script.src = lib;
    script.addEventListener('load', drawAll);
    document.head.appendChild(script);
  }
  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.target && typeof Chart !== 'undefined') {
      e.detail.target.querySelectorAll('canvas').forEach(function (c) {
        var chart = Chart.getChart(c);
        if (chart) {
          chart.destroy();
        }
      });
    }
  });
  document.addEventListener('htmx:afterSettle', drawAll);
  document.addEventListener('htmx:historyRestore', drawAll);
})();
