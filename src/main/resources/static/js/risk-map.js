// The risk pages' charts: the heat map of places by hour of the week, and risk against planned patrol.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var heat = document.getElementById('risk-heatmap');
  if (heat) {
    var data = JSON.parse(heat.getAttribute('data-chart'));
    var chart = echarts.init(heat);
    heat.style.height = Math.max(200, 90 + data.rows.length * 26) + 'px';
    chart.resize();
    chart.setOption({
      animation: false,
      tooltip: { position: 'top', formatter: function (p) {
        return data.rows[p.value[1]] + '<br>' + data.hours[p.value[0]] + ': ' + p.value[2].toFixed(4);
      } },
      grid: { left: 10, right: 20, top: 10, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: data.hours, splitArea: { show: true },
        axisLabel: { interval: 23 } },
      yAxis: { type: 'category', data: data.rows, splitArea: { show: true } },
      visualMap: { min: 0, max: data.max || 1, precision: 4, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 120, inRange: { color: ['#f7fbff', '#fdd49e', '#fc8d59', '#d7301f', '#7f0000'] } },
      series: [{ type: 'heatmap', data: data.cells, progressive: 2000 }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  var versus = document.getElementById('risk-versus');
  if (versus) {
    var d = JSON.parse(versus.getAttribute('data-chart'));
    var line = echarts.init(versus);
    line.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [d.riskName, d.patrolName] },
      grid: { left: 50, right: 50, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: d.hours, axisLabel: { interval: 23 } },
      yAxis: [{ type: 'value', name: d.riskName }, { type: 'value', name: d.patrolName }],
      series: [
        { name: d.riskName, type: 'line', data: d.risk, showSymbol: false, areaStyle: { opacity: 0.2 } },
        { name: d.patrolName, type: 'bar', yAxisIndex: 1, data: d.patrol, barCategoryGap: 0, itemStyle: { opacity: 0.6 } }
      ]
    });
    window.addEventListener('resize', function () { line.resize(); });
  }
})();
