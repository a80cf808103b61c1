/*
 * Draws the dashboard's charts and maps with ECharts (served from the application's own jar).
 * A page holds no script of its own (the Content-Security-Policy allows none): it marks an element
 * with data-chart, an ECharts option as JSON that the server wrote in the reader's language, and
 * for a map data-map-name and data-map-url, the GeoJSON to register under that name. Every chart
 * sits beside a table or text with the same figures, so nothing is said by the picture alone.
 * Charts are drawn again when a live update replaces the page's main element.
 */
(function () {
	'use strict';

	var registered = {};

	function register(name, url) {
		if (!registered[name]) {
			registered[name] = fetch(url, { credentials: 'same-origin' })
				.then(function (answer) { return answer.json(); })
				.then(function (shapes) { echarts.registerMap(name, shapes); });
		}
		return registered[name];
	}

	function draw(element) {
		var option = JSON.parse(element.getAttribute('data-chart'));
		var ready = element.hasAttribute('data-map-name')
			? register(element.getAttribute('data-map-name'), element.getAttribute('data-map-url'))
			: Promise.resolve();
		return ready.then(function () {
			var existing = echarts.getInstanceByDom(element);
			if (existing) {
				existing.dispose();
			}
			var chart = echarts.init(element, null, { renderer: 'canvas' });
			option.aria = option.aria || { enabled: true };
			option.animation = false;
			chart.setOption(option);
		});
	}

	function drawAll(root) {
		if (typeof echarts === 'undefined') {
			return;
		}
		root.querySelectorAll('[data-chart]').forEach(function (element) {
			draw(element).catch(function (error) {
				element.setAttribute('data-chart-error', String(error));
			});
		});
	}

	document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
	// A live update (htmx) swaps new content in: draw what it brought.
	document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
	window.addEventListener('resize', function () {
		document.querySelectorAll('[data-chart]').forEach(function (element) {
			var chart = echarts.getInstanceByDom(element);
			if (chart) {
				chart.resize();
			}
		});
	});
}());
