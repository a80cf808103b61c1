/*
 * The liaison's workspace (templates/workspace.html): each form writes through the command side's REST API on this
 * same origin (the gateway sends writes there), as the signed-in user: the session cookie goes with the request, the
 * session's CSRF token as X-CSRF-TOKEN, the version the page showed as If-Match, one Idempotency-Key per form shown
 * (a double click or a resubmission records once) and the page's language as Accept-Language, so that a refusal
 * comes back in it. The command side decides; this script only sends and shows. Events are delegated to the
 * document: the live updates (live.js) and this script swap the main element for a fresh one.
 */
(function () {
	'use strict';

	var DIRTY = 'data-dirty';

	function words() {
		return document.getElementById('workspace-words').dataset;
	}

	/* A random version 4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
	function newKey() {
		var bytes = new Uint8Array(16);
		crypto.getRandomValues(bytes);
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		var hex = Array.prototype.map.call(bytes, function (b) {
			return (b + 0x100).toString(16).substring(1);
		}).join('');
		return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
			+ hex.substring(16, 20) + '-' + hex.substring(20);
	}

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

	function orNull(text) {
		var trimmed = text.trim();
		return trimmed.length ? trimmed : null;
	}

	/* The form as the API's JSON body. */
	function body(form) {
		var field = form.elements;
		if (form.dataset.kind === 'status') {
			return {
				status: field.status.value,
				effectiveOn: field.effectiveOn.value || null,
				note: orNull(field.note.value),
				evidence: lines(field.evidence.value)
			};
		}
		return {
			percent: field.percent.value === '' ? null : Number(field.percent.value),
			asOf: field.asOf.value || null,
			note: orNull(field.note.value),
			evidence: lines(field.evidence.value)
		};
	}

	function articleOf(form) {
		return form.closest('article.initiative-forms');
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

	/* A problem naming a field (errors[].pointer "/percent" or errors[].field "percent") is shown beside it. */
	function showBeside(form, name, text) {
		var input = form.elements[name];
		if (!input || !input.id) {
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
				var name = error.field || (error.pointer || '').replace(/^\/+/, '').split('/')[0];
				if (name && showBeside(form, name, error.detail || detail)) {
					placed = true;
				}
			});
		}
		// The whole refusal is said at the top of the form too, where the focus goes.
		showAtTop(form, detail, placed ? 'refused beside' : 'refused');
	}

	/* The workspace as the query side shows it now: the fresh main element. */
	function freshMain() {
		return fetch(location.pathname + location.search, {
			credentials: 'same-origin',
			headers: { 'Accept': 'text/html' }
		}).then(function (answer) {
			if (!answer.ok || new URL(answer.url).pathname !== location.pathname) {
				throw new Error('not the workspace');
			}
			return answer.text();
		}).then(function (html) {
			return new DOMParser().parseFromString(html, 'text/html').getElementById('main');
		});
	}

	function freshArticle(main, id) {
		return main && main.querySelector('article.initiative-forms[data-initiative="' + id + '"]');
	}

	function wait(ms) {
		return new Promise(function (resolve) {
			setTimeout(resolve, ms);
		});
	}

	/* After a write the query side follows within moments: wait for a version past the one sent, then show it. */
	function showRecorded(id, sentVersion, attempt) {
		return freshMain().then(function (main) {
			var article = freshArticle(main, id);
			if (article && Number(article.dataset.version) > sentVersion) {
				var scrolled = window.scrollY;
				document.getElementById('main').replaceWith(main);
				window.scrollTo(0, scrolled);
				var shown = document.getElementById('initiative-' + id);
				var state = shown.querySelector('.state');
				var saved = document.createElement('span');
				saved.className = 'saved';
				saved.textContent = ' ' + words().saved;
				state.appendChild(saved);
				return;
			}
			if (attempt < 40) {
				return wait(250).then(function () {
					return showRecorded(id, sentVersion, attempt + 1);
				});
			}
		});
	}

	/* A 412: someone changed the record since the page was read. Show what it reads now and take its version. */
	function showChanged(form, problem) {
		var article = articleOf(form);
		return freshMain().then(function (main) {
			var fresh = freshArticle(main, article.dataset.initiative);
			if (!fresh) {
				showProblem(form, problem);
				return;
			}
			article.dataset.version = fresh.dataset.version;
			article.querySelector('.state').replaceWith(fresh.querySelector('.state').cloneNode(true));
			var now = fresh.querySelector('.state').textContent.replace(/\s+/g, ' ').trim();
			showAtTop(form, words().changed.replace('{0}', now), 'changed');
		}).catch(function () {
			showProblem(form, problem);
		});
	}

	function send(form) {
		var main = document.getElementById('main');
		var article = articleOf(form);
		var button = form.querySelector('button[type=submit]');
		var version = Number(article.dataset.version);
		var headers = {
			'Content-Type': 'application/json',
			'Accept': 'application/json, application/problem+json',
			'Accept-Language': document.documentElement.lang || 'kk',
			'If-Match': '"' + version + '"',
			'Idempotency-Key': keyOf(form)
		};
		headers[main.dataset.csrfHeader || 'X-CSRF-TOKEN'] = main.dataset.csrf;
		button.disabled = true;
		form.setAttribute('aria-busy', 'true');
		clearProblems(form);
		var top = form.querySelector('.form-problem');
		top.textContent = words().sending;
		top.className = 'form-problem sending';
		top.hidden = false;
		return fetch(form.dataset.action, {
			method: form.dataset.method,
			credentials: 'same-origin',
			headers: headers,
			body: JSON.stringify(body(form))
		}).then(function (answer) {
			if (answer.ok) {
				form.removeAttribute(DIRTY);
				top.textContent = words().waitingForView;
				return showRecorded(article.dataset.initiative, version, 0);
			}
			return answer.json().catch(function () {
				return null;
			}).then(function (problem) {
				if (answer.status === 412) {
					return showChanged(form, problem);
				}
				showProblem(form, problem);
			});
		}).catch(function () {
			showAtTop(form, words().failed, 'refused');
		}).finally(function () {
			button.disabled = false;
			form.removeAttribute('aria-busy');
		});
	}

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (!form.matches || !form.matches('main.workspace form.write')) {
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
		var form = event.target.closest && event.target.closest('main.workspace form.write');
		if (form) {
			form.setAttribute(DIRTY, 'true');
		}
	});
}());
