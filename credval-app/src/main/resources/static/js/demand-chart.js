// Draws the Demand chart from its table (named by the canvas's data-chart-table attribute): one
// horizontal bar per credential row, stacked from the columns marked data-series, for the first
// data-chart-rows rows. The chart and its text alternative therefore always show the same numbers.
(function () {
  'use strict';
  var colors = {required: '#1a4480', preferred: '#e5a000', other: '#97d4ea'};

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') {
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

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart-table][data-chart-rows]').forEach(draw);
  });
})();
