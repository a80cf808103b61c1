/*
 * Bulk import on the liaison's workspace (templates/workspace.html): the chosen CSV file is read in the browser and
 * sent as it is to the command side's import (/api/imports/<kind>, through the gateway on this origin) as the
 * signed-in user, with the session's CSRF token. Its Idempotency-Key is its SHA-256, computed here with Web Crypto:
 * the same file uploaded again gets the first answer back and records nothing. The command side checks every line
 * first and records all of them or none; a refusal lists each error with its line, shown here in the page's
 * language. The result is kept across the live updates that swap the main element (the import changes what the
 * page shows).
 */
(function () {
	'use strict';

	var shown = null;

	/* The import's own words, and the forms' (forms.js) for what every form says. */
	function words() {
		var all = {};
		Object.assign(all, window.trackerForms.words(), document.getElementById('workspace-words').dataset);
		return all;
	}

	function element(tag, text, className) {
		var made = document.createElement(tag);
		if (text !== undefined) {
			made.textContent = text;
		}
		if (className) {
			made.className = className;
		}
		return made;
	}

	/* What the last import answered, drawn into the result region (again after a live update). */
	function draw() {
		var region = document.getElementById('import-result');
		if (!region || !shown) {
			return;
		}
		region.replaceChildren();
		region.className = 'import-result ' + shown.tone;
		region.appendChild(element('p', shown.message));
		if (shown.errors.length) {
			var list = element('ul', undefined, 'import-errors');
			shown.errors.forEach(function (error) {
				var item = element('li');
				item.appendChild(element('strong', words().importLine.replace('{0}', error.line)
					+ (error.column ? ', ' + error.column : '') + ': '));
				item.appendChild(document.createTextNode(error.detail));
				list.appendChild(item);
			});
			region.appendChild(list);
		}
	}

	function show(tone, message, errors) {
		shown = { tone: tone, message: message, errors: errors || [] };
		draw();
		document.getElementById('import-result').focus({ preventScroll: false });
	}

	function answered(answer) {
		return answer.json().catch(function () {
			return null;
		}).then(function (body) {
			if (answer.ok) {
				var again = answer.headers.get('Idempotent-Replayed') === 'true';
				show('done', again ? words().importAgain : words().imported.replace('{0}', body.lines));
				return;
			}
			var errors = (body && Array.isArray(body.errors)) ? body.errors : [];
			var detail = body && body.detail ? body.detail : answer.status + ' ' + answer.statusText;
			// The errors speak for themselves; the problem's own detail is for a program.
			show('refused', errors.length ? words().importRefused : words().importRefused + ' ' + detail, errors);
		});
	}

	function send(form) {
		var file = form.elements.file.files[0];
		if (!file) {
			return Promise.resolve();
		}
		var button = form.querySelector('button[type=submit]');
		button.disabled = true;
		form.setAttribute('aria-busy', 'true');
		show('sending', words().sending);
		return window.trackerForms.sha256(file).then(function (checksum) {
			var headers = {
				'Content-Type': 'text/csv;charset=UTF-8',
				'Accept': 'application/json, application/problem+json',
				'Accept-Language': document.documentElement.lang || 'kk',
				'Idempotency-Key': 'csv-' + checksum
			};
			headers[words().csrfHeader || 'X-CSRF-TOKEN'] = words().csrf;
			return fetch(form.dataset.action + '/' + form.elements.kind.value, {
				method: 'POST',
				credentials: 'same-origin',
				headers: headers,
				body: file
			});
		}).then(answered, function (error) {
			// No Web Crypto here (an address that is not https), or the tracker could not be reached.
			show('refused', (window.crypto && crypto.subtle) ? words().failed : words().noCrypto);
		}).finally(function () {
			button.disabled = false;
			form.removeAttribute('aria-busy');
		});
	}

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.matches || !form.matches('main.workspace form.import')) {
			return;
		}
		event.preventDefault();
		if (form.getAttribute('aria-busy') !== 'true') {
			send(form);
		}
	});

	/* A live update swaps the main element: the result of the import stays on the page. */
	document.addEventListener('htmx:afterSettle', draw);
}());
