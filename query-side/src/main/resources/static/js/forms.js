/*
 * Every write form of the pages (class "write", inside the main element): it writes through the command side's REST
 * API on this same origin (the gateway sends writes there), as the signed-in user: the session cookie goes with the
 * request, the session's CSRF token as X-CSRF-TOKEN, one Idempotency-Key per form shown (a double click or a
 * resubmission records once), the page's language as Accept-Language (so that a refusal comes back in it) and, where
 * the form sits in an element with data-version (the record it writes), that version as If-Match. The command side
 * decides; this script only sends and shows.
 *
 * A form says what it sends with attributes: data-action (the API's address), data-method, and its named fields,
 * made into the JSON body by name (a dotted name such as "title.en" nests); data-json="lines" sends a text area as a
 * list of its lines, data-json="boolean" a field's "true" or "false" as a JSON boolean (the API takes no text for
 * one), a number input sends a number, an empty field is left out. A file input with
 * data-sha256-into="checksum" is never sent: its SHA-256 is computed here (Web Crypto) into the hidden field of that
 * name. Events are delegated to the document: the live updates (live.js) and this script swap the main element for
 * a fresh one.
 */
(function () {
	'use strict';

	var DIRTY = 'data-dirty';

	function words() {
		return document.getElementById('form-words').dataset;
	}

	/* A random version 4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
	function newKey() {
		var bytes = new Uint8Array(16);
		crypto.getRandomValues(bytes);
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		var hex = toHex(bytes);
		return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
			+ hex.substring(16, 20) + '-' + hex.substring(20);
	}

	function toHex(buffer) {
		return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
			return (b + 0x100).toString(16).substring(1);
		}).join('');
	}

	/* The SHA-256 of a file, computed here: the file is read in this browser and never sent anywhere. */
	function sha256(file) {
		if (!window.crypto || !crypto.subtle) {
			return Promise.reject(new Error(words().noCrypto));
		}
		return file.arrayBuffer().then(function (bytes) {
			return crypto.subtle.digest('SHA-256', bytes);
		}).then(toHex);
	}

	/* The shared pieces, for the page's other scripts (import.js). */
	window.trackerForms = { sha256: sha256, words: words };

	function keyOf(form) {
		if (!form.dataset.idempotencyKey) {
			form.dataset.idempotencyKey = newKey();
		}
		return form.dataset.idempotencyKey;
	}

	function lines(text) {
		return text.split(/\r?\n/).map(function (line) {
			return line.trim();
		}).filter(function (line) {
			return line.length > 0;
		});
	}

	/* One field's value as the API takes it, or undefined to leave it out. */
	function valueOf(input) {
		if (input.dataset.json === 'lines') {
			return lines(input.value);
		}
		if (input.dataset.json === 'boolean') {
			return input.value === 'true';
		}
		if (input.type === 'checkbox') {
			return input.checked;
		}
		var text = input.value.trim();
		if (!text.length) {
			return undefined;
		}
		return input.type === 'number' ? Number(text) : text;
	}

	function put(target, path, value) {
		var last = path.length - 1;
		for (var i = 0; i < last; i++) {
			target = target[path[i]] = target[path[i]] || {};
		}
		target[path[last]] = value;
	}

	/* The form as the API's JSON body. */
	function body(form) {
		var json = {};
		Array.prototype.forEach.call(form.elements, function (input) {
			if (!input.name || input.disabled || input.type === 'file' || input.type === 'submit'
				|| input.tagName === 'BUTTON' || (input.type === 'radio' && !input.checked)) {
				return;
			}
			var value = valueOf(input);
			if (value !== undefined) {
				put(json, input.name.split('.'), value);
			}
		});
		return json;
	}

	/* The record the form writes: the nearest element with data-version, or null for a form that starts one. */
	function recordOf(form) {
		return form.closest('[data-version]');
	}

	function clearProblems(form) {
		var top = form.querySelector('.form-problem');
		top.hidden = true;
		top.textContent = '';
		form.querySelectorAll('.field-problem').forEach(function (problem) {
			problem.remove();
		});
		form.querySelectorAll('[aria-invalid]').forEach(function (input) {
			input.removeAttribute('aria-invalid');
			var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
				return id.indexOf('-problem') < 0;
			}).join(' ');
			if (described) {
				input.setAttribute('aria-describedby', described);
			}
			else {
				input.removeAttribute('aria-describedby');
			}
		});
	}

	function showAtTop(form, text, kind) {
		var top = form.querySelector('.form-problem');
		top.textContent = text;
		top.className = 'form-problem' + (kind ? ' ' + kind : '');
		top.hidden = false;
		top.focus();
	}

	/* The input a problem names: its field ("percent", "title.en"), or the field of the file a checksum comes from. */
	function inputNamed(form, name) {
		var input = form.elements[name];
		if (input && input.type === 'hidden') {
			input = form.querySelector('input[type=file][data-sha256-into="' + name + '"]');
		}
		return (input && input.id) ? input : null;
	}

	/* A problem naming a field (errors[].pointer "/percent" or errors[].field "percent") is shown beside it. */
	function showBeside(form, name, text) {
		var input = inputNamed(form, name) || inputNamed(form, name.split('.')[0]);
		if (!input) {
			return false;
		}
		var problem = document.createElement('span');
		problem.className = 'field-problem';
		problem.id = input.id + '-problem';
		problem.textContent = text;
		input.insertAdjacentElement('afterend', problem);
		input.setAttribute('aria-invalid', 'true');
		var described = input.getAttribute('aria-describedby');
		input.setAttribute('aria-describedby', (described ? described + ' ' : '') + problem.id);
		return true;
	}

	function showProblem(form, problem) {
		var detail = (problem && (problem.detail || problem.title)) || words().failed;
		var placed = false;
		if (problem && Array.isArray(problem.errors)) {
			problem.errors.forEach(function (error) {
				var name = error.field || (error.pointer || '').replace(/^\/+/, '').split('/').join('.');
				if (name && showBeside(form, name, error.detail || detail)) {
					placed = true;
				}
			});
		}
		// The whole refusal is said at the top of the form too, where the focus goes.
		showAtTop(form, detail, placed ? 'refused beside' : 'refused');
	}

	/* The page as the query side shows it now: the fresh main element. */
	function freshMain() {
		return fetch(location.pathname + location.search, {
			credentials: 'same-origin',
			headers: { 'Accept': 'text/html' }
		}).then(function (answer) {
			if (!answer.ok || new URL(answer.url).pathname !== location.pathname) {
				throw new Error('not this page');
			}
			return answer.text();
		}).then(function (html) {
			return new DOMParser().parseFromString(html, 'text/html').getElementById('main');
		});
	}

	function wait(ms) {
		return new Promise(function (resolve) {
			setTimeout(resolve, ms);
		});
	}

	function flat(element) {
		return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
	}

	/* Whether the fresh page shows the write: its record past the version sent, or, for a new record, any change. */
	function shows(main, sent) {
		if (sent.record) {
			var fresh = main.querySelector('#' + CSS.escape(sent.record));
			return fresh !== null && Number(fresh.dataset.version) > sent.version;
		}
		return flat(main) !== sent.text;
	}

	/* Where to say "recorded" in the fresh page: the record's state line, else the form shown again, else the top. */
	function sayRecorded(sent) {
		var main = document.getElementById('main');
		var record = sent.record && document.getElementById(sent.record);
		var state = record && record.querySelector('.state');
		if (state) {
			var saved = document.createElement('span');
			saved.className = 'saved';
			saved.textContent = ' ' + words().saved;
			state.appendChild(saved);
			return;
		}
		var form = sent.form && document.getElementById(sent.form);
		if (form && form.querySelector('.form-problem')) {
			var top = form.querySelector('.form-problem');
			top.textContent = words().saved;
			top.className = 'form-problem done';
			top.hidden = false;
			return;
		}
		// In the record shown again, under its heading; else under the page's first line.
		var within = record || main;
		var note = document.createElement('p');
		note.className = 'saved-note';
		note.setAttribute('role', 'status');
		note.textContent = words().saved;
		within.insertBefore(note, within.firstElementChild && within.firstElementChild.nextSibling);
	}

	/* After a write the query side follows within moments: wait until the page shows it, then show the page. */
	function showRecorded(sent, attempt) {
		return freshMain().then(function (main) {
			if (main && shows(main, sent)) {
				var scrolled = window.scrollY;
				document.getElementById('main').replaceWith(main);
				window.scrollTo(0, scrolled);
				sayRecorded(sent);
				return;
			}
			if (attempt < 40) {
				return wait(250).then(function () {
					return showRecorded(sent, attempt + 1);
				});
			}
		});
	}

	/* A 412: someone changed the record since the page was read. Show what it reads now and take its version. */
	function showChanged(form, problem) {
		var record = recordOf(form);
		return freshMain().then(function (main) {
			var fresh = record && record.id && main.querySelector('#' + CSS.escape(record.id));
			if (!fresh) {
				showProblem(form, problem);
				return;
			}
			record.dataset.version = fresh.dataset.version;
			var state = record.querySelector('.state');
			var freshState = fresh.querySelector('.state');
			if (state && freshState) {
				state.replaceWith(freshState.cloneNode(true));
			}
			var summary = freshState || fresh.querySelector('h2, h3') || fresh;
			showAtTop(form, words().changed.replace('{0}', flat(summary)), 'changed');
		}).catch(function () {
			showProblem(form, problem);
		});
	}

	/* Each file whose checksum the form sends, hashed into its hidden field (once per file chosen). */
	function checksums(form) {
		var files = form.querySelectorAll('input[type=file][data-sha256-into]');
		return Promise.all(Array.prototype.map.call(files, function (input) {
			var into = form.elements[input.dataset.sha256Into];
			if (!input.files.length || into.value) {
				return null;
			}
			return hashInto(input);
		}));
	}

	function hashInto(input) {
		var form = input.form;
		var into = form.elements[input.dataset.sha256Into];
		var shown = form.querySelector('output#' + CSS.escape(input.id.replace(/-file$/, '-sum')));
		into.value = '';
		if (!input.files.length) {
			return Promise.resolve();
		}
		var file = input.files[0];
		if (shown) {
			shown.textContent = words().hashing;
		}
		return sha256(file).then(function (hex) {
			into.value = hex;
			if (shown) {
				shown.textContent = words().hashed.replace('{0}', file.name).replace('{1}', hex);
			}
		}, function (error) {
			if (shown) {
				shown.textContent = '';
			}
			throw error;
		});
	}

	function send(form) {
		var record = recordOf(form);
		var button = form.querySelector('button[type=submit]');
		var sent = {
			form: form.id,
			record: record && record.id,
			version: record ? Number(record.dataset.version) : null,
			text: flat(document.getElementById('main'))
		};
		button.disabled = true;
		form.setAttribute('aria-busy', 'true');
		clearProblems(form);
		var top = form.querySelector('.form-problem');
		top.textContent = words().sending;
		top.className = 'form-problem sending';
		top.hidden = false;
		return checksums(form).then(function () {
			var headers = {
				'Content-Type': 'application/json',
				'Accept': 'application/json, application/problem+json',
				'Accept-Language': document.documentElement.lang || 'kk',
				'Idempotency-Key': keyOf(form)
			};
			if (record) {
				headers['If-Match'] = '"' + sent.version + '"';
			}
			headers[words().csrfHeader || 'X-CSRF-TOKEN'] = words().csrf;
			return fetch(form.dataset.action, {
				method: form.dataset.method || 'POST',
				credentials: 'same-origin',
				headers: headers,
				body: JSON.stringify(body(form))
			}).then(function (answer) {
				if (answer.ok) {
					form.removeAttribute(DIRTY);
					top.textContent = words().waiting;
					top.className = 'form-problem done';
					return showRecorded(sent, 0);
				}
				return answer.json().catch(function () {
					return null;
				}).then(function (problem) {
					if (answer.status === 412) {
						return showChanged(form, problem);
					}
					showProblem(form, problem);
				});
			}, function () {
				showAtTop(form, words().failed, 'refused');
			});
		}, function (error) {
			showAtTop(form, error.message || words().noCrypto, 'refused');
		}).finally(function () {
			button.disabled = false;
			form.removeAttribute('aria-busy');
		});
	}

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.matches || !form.matches('main form.write')) {
			return;
		}
		event.preventDefault();
		if (form.getAttribute('aria-busy') === 'true') {
			return;
		}
		send(form);
	});

	/* A form with typed input is not swapped away by a live update (live.js waits while one is dirty). */
	document.addEventListener('input', function (event) {
		var form = event.target.closest && event.target.closest('main form.write');
		if (form) {
			form.setAttribute(DIRTY, 'true');
		}
	});

	/* A file chosen for its checksum is hashed at once, so the liaison sees the checksum before sending. */
	document.addEventListener('change', function (event) {
		var input = event.target;
		if (input.matches && input.matches('main form.write input[type=file][data-sha256-into]')) {
			hashInto(input).catch(function (error) {
				showAtTop(input.form, error.message || words().noCrypto, 'refused');
			});
		}
	});
}());
