/*
 * Live pages (templates/live.html): the server-sent event stream says what the read models committed, and a page
 * that shows any of it fetches itself again and swaps in its new main element. htmx's sse extension keeps the
 * stream open and reconnects it; this script decides what concerns the page and shows the status while the stream
 * is down. A page about one initiative (/initiatives/{id}/...) or one country (/countries/{code}) follows changes
 * to it; a change naming no initiative (or no country) may concern any page.
 */
(function () {
	'use strict';
	var live = document.getElementById('live');
	if (!live || !window.htmx) {
		return;
	}
	var paused = live.querySelector('.live-paused');
	var initiative = /\/initiatives\/([0-9a-fA-F-]{36})(?:\/|$)/.exec(location.pathname);
	var country = /\/countries\/([A-Za-z]{2})(?:\/|$)/.exec(location.pathname);
	var scope = {
		initiative: initiative && initiative[1].toLowerCase(),
		country: country && country[1].toUpperCase()
	};
	var disconnected = false;
	var leaving = false;
	var refreshing = false;
	var wanted = false;

	function concerns(change) {
		if (scope.initiative && change.initiatives && change.initiatives.indexOf(scope.initiative) < 0) {
			return false;
		}
		return !(scope.country && change.countries && change.countries.indexOf(scope.country) < 0);
	}

	function main() {
		return document.getElementById('main');
	}

	/* A reader typing or choosing in a form of the page keeps what they are doing; the page follows when they leave,
	   or, for a form holding typed input not yet sent (the workspace marks it data-dirty), once it is sent. */
	function editing() {
		var focused = document.activeElement;
		if (main() && main().querySelector('form[data-dirty]')) {
			return true;
		}
		return focused && main() && main().contains(focused) && /^(INPUT|SELECT|TEXTAREA)$/.test(focused.tagName);
	}

	/* The focused link or button, found again in the new main element by what it points to or says. */
	function focusedPlace() {
		var focused = document.activeElement;
		if (!focused || !main() || !main().contains(focused) || focused.id) {
			return null;
		}
		return { tag: focused.tagName, href: focused.getAttribute('href'), text: focused.textContent };
	}

	function refocus(place) {
		if (!place || (document.activeElement && document.activeElement !== document.body)) {
			return;
		}
		var candidates = main().getElementsByTagName(place.tag);
		for (var i = 0; i < candidates.length; i++) {
			var candidate = candidates[i];
			if (candidate.getAttribute('href') === place.href && candidate.textContent === place.text) {
				candidate.focus({ preventScroll: true });
				return;
			}
		}
	}

	function refresh() {
		if (refreshing || editing()) {
			wanted = true;
			return;
		}
		wanted = false;
		refreshing = true;
		var place = focusedPlace();
		htmx.ajax('GET', location.pathname + location.search, { target: '#main', select: '#main', swap: 'outerHTML' })
			.then(function () {
				refocus(place);
			})
			.finally(function () {
				refreshing = false;
				if (wanted) {
					refresh();
				}
			});
	}

	function showStatus(down) {
		disconnected = down;
		paused.hidden = !down;
	}

	live.addEventListener('sse:changed', function (event) {
		if (concerns(JSON.parse(event.detail.data))) {
			refresh();
		}
	});
	live.addEventListener('htmx:sseOpen', function () {
		var missed = disconnected;
		showStatus(false);
		if (missed) {
			refresh();
		}
	});
	live.addEventListener('htmx:sseError', function () {
		if (!leaving) {
			showStatus(true);
		}
	});
	window.addEventListener('pagehide', function () {
		leaving = true;
	});
	document.addEventListener('focusout', function () {
		setTimeout(function () {
			if (wanted && !refreshing && !editing()) {
				refresh();
			}
		}, 0);
	});
	/* A sign-in page answered instead (the session ended) is not this page's main element. */
	document.body.addEventListener('htmx:beforeSwap', function (event) {
		var target = event.detail.target;
		var answered = event.detail.xhr && event.detail.xhr.responseURL;
		if (target && target.id === 'main' && answered && new URL(answered).pathname !== location.pathname) {
			event.detail.shouldSwap = false;
		}
	});
}());
