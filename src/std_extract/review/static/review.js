// The document screen of the std-extract review workbench. Plain JavaScript, no build step.
//
// Extracted text is untrusted input: it is only ever put into the page with textContent (never
// innerHTML), and the server's Content-Security-Policy forbids inline script.
"use strict";

(() => {
  const root = document.getElementById("workbench");
  if (!root) return;
  const sha = root.dataset.sha;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const SVG = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);

  const state = { doc: null, values: [], current: -1, page: 1, mode: "view", draft: null, pendingRetry: null };

  // -- helpers -----------------------------------------------------------------------------

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  async function api(method, url, body) {
    const options = { method, credentials: "same-origin", headers: { "X-CSRF-Token": csrf } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(url, options);
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    return { status: response.status, data };
  }

  function say(text, kind) {
    const box = $("message");
    box.textContent = text;
    box.className = "message " + (kind || "");
  }

  function fmt(v) {
    if (v === null || v === undefined || v === "") return "—";
    if (Array.isArray(v)) return v.length ? v.join("; ") : "—";
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  const value = () => state.values[state.current];

  const SYMBOLS = { "<=": "≤", ">=": "≥", "<": "<", ">": ">", "=": "" };

  // The value as it stands now (corrections included), e.g. "≤ 0.42 kWh/24h" or "0 … 8 ℃".
  function summary(v) {
    if (v.value === null || v.value === undefined) return v.value_text || v.comparator;
    let text = String(v.value);
    if (v.comparator in SYMBOLS) text = `${SYMBOLS[v.comparator]} ${text}`;
    if (v.value_max !== null && v.value_max !== undefined) text += ` … ${v.value_max}`;
    if (v.tolerance !== null && v.tolerance !== undefined) text += ` ± ${v.tolerance}`;
    return v.unit ? `${text} ${v.unit}` : text;
  }

  // -- loading and the page ----------------------------------------------------------------

  async function load(keepId) {
    const { status, data } = await api("GET", `/api/documents/${sha}`);
    if (status !== 200) { say("Cannot load the document (" + status + ")", "error"); return; }
    state.doc = data;
    state.values = data.indicators;
    $("no-pdf").hidden = data.pdf_found;
    renderClass();
    renderCanonicalChoices();
    renderList();
    const index = keepId ? state.values.findIndex((v) => v.id === keepId) : -1;
    if (index >= 0) select(index);
    else if (state.values.length) select(firstToReview());
    else showPage(1);
    root.dataset.ready = "1";
  }

  function renderCanonicalChoices() {
    const list = $("canonical-ids");
    clear(list);
    (state.doc.canonical_choices || []).forEach((c) => {
      const option = el("option");
      option.value = c.id;
      option.label = `${c.name}${c.unit ? " (" + c.unit + ")" : ""}`;
      list.appendChild(option);
    });
  }

  function firstToReview() {
    const i = state.values.findIndex((v) => v.review_state === "extracted" && v.reasons.length);
    if (i >= 0) return i;
    const j = state.values.findIndex((v) => v.review_state === "extracted");
    return j >= 0 ? j : 0;
  }

  function pageSize(n) {
    return (state.doc.pages || []).find((p) => p.number === n);
  }

  function showPage(n) {
    const size = pageSize(n);
    if (!size) { $("page-label").textContent = "no page image"; return; }
    if (state.page !== n || !$("page-image").getAttribute("src")) {
      $("page-image").src = `/documents/${sha}/pages/${n}.png`;
    }
    state.page = n;
    $("page-label").textContent = `page ${n} / ${state.doc.pages.length}`;
    const svg = $("overlay");
    svg.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
    $("page").style.aspectRatio = `${size.width} / ${size.height}`;
    drawBoxes();
  }

  function drawBoxes() {
    const svg = $("overlay");
    clear(svg);
    state.values.forEach((v, i) => {
      (v.provenance || []).forEach((p) => {
        if (p.page !== state.page) return;
        const [x0, top, x1, bottom] = p.bbox;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", x0 - 1);
        rect.setAttribute("y", top - 1);
        rect.setAttribute("width", Math.max(x1 - x0, 1) + 2);
        rect.setAttribute("height", Math.max(bottom - top, 1) + 2);
        rect.setAttribute("class", `box state-${v.review_state}` + (i === state.current ? " selected" : ""));
        rect.dataset.index = String(i);
        const title = document.createElementNS(SVG, "title");
        title.textContent = v.name;
        rect.appendChild(title);
        rect.addEventListener("click", (event) => { event.stopPropagation(); if (state.mode !== "draw") select(i); });
        svg.appendChild(rect);
      });
    });
  }

  // -- the value list and the card ---------------------------------------------------------

  function renderList() {
    const list = $("value-list");
    clear(list);
    let reviewed = 0;
    state.values.forEach((v, i) => {
      if (v.review_state !== "extracted") reviewed += 1;
      const item = el("li", null, "value-item state-" + v.review_state + (i === state.current ? " selected" : ""));
      item.dataset.index = String(i);
      item.dataset.id = v.id;
      item.dataset.state = v.review_state;
      item.appendChild(el("span", v.review_state, "state"));
      item.appendChild(el("span", v.name, "name"));
      item.appendChild(el("span", summary(v), "val"));
      if (v.reasons.length && v.review_state === "extracted") item.appendChild(el("span", "!", "needs"));
      if (v.stale) item.appendChild(el("span", "changed since review", "flag"));
      item.addEventListener("click", () => select(i));
      list.appendChild(item);
    });
    $("counts").textContent = `${reviewed} / ${state.values.length} reviewed`;
  }

  function select(i) {
    if (i < 0 || i >= state.values.length) return;
    if (state.mode === "edit" || state.mode === "add") closeForm();
    state.current = i;
    const v = value();
    const first = (v.provenance || [])[0];
    const target = first ? first.page : state.page;
    if (target !== state.page || !$("page-image").getAttribute("src")) showPage(target);
    else drawBoxes();
    renderList();
    renderCard();
    const item = document.querySelector(`#value-list li[data-index="${i}"]`);
    if (item) item.scrollIntoView({ block: "nearest" });
  }

  const CARD_FIELDS = [
    ["Name", (v) => v.name],
    ["Canonical", (v) => (v.canonical_id ? `${v.canonical_id}${v.canonical_name ? " · " + v.canonical_name : ""}` : null)],
    ["Match score", (v) => v.match_score],
    ["Confidence", (v) => (v.confidence !== null && v.confidence !== undefined ? `${v.confidence}${v.needs_review ? " · needs review" : ""}` : null)],
    ["Comparator", (v) => v.comparator],
    ["Value", (v) => v.value],
    ["Range", (v) => (v.value_max !== null && v.value_max !== undefined ? `${fmt(v.value)} … ${fmt(v.value_max)}` : null)],
    ["Tolerance", (v) => v.tolerance],
    ["Unit", (v) => v.unit],
    ["Normalised", (v) => (v.value_normalized !== null ? `${v.value_normalized} ${v.unit_normalized || ""}` : null)],
    ["Grade", (v) => v.grade],
    ["Conditions", (v) => v.conditions],
    ["Printed", (v) => v.value_text],
    ["Source text", (v) => (v.provenance || []).map((p) => p.source_text).join(" | ")],
    ["Clause", (v) => [v.clause, v.table ? "表 " + v.table : null].filter(Boolean).join(" · ")],
    ["Page", (v) => (v.provenance || []).map((p) => p.page).join(", ")],
    ["Flags", (v) => v.flags],
  ];

  function renderCard() {
    const v = value();
    const card = $("card");
    card.hidden = !v;
    if (!v) return;
    $("card-name").textContent = v.name;
    $("card-state").textContent = v.review_state;
    $("card-state").className = "state state-" + v.review_state;
    const dl = $("card-fields");
    clear(dl);
    for (const [label, get] of CARD_FIELDS) {
      dl.appendChild(el("dt", label));
      const dd = el("dd", fmt(get(v)));
      if (label === "Source text") dd.className = "source-text";
      dl.appendChild(dd);
    }
    if (v.stale) {
      dl.appendChild(el("dt", "At review time"));
      dl.appendChild(el("dd", fmt(v.extracted), "stale"));
      dl.appendChild(el("dt", "Extracted now"));
      dl.appendChild(el("dd", fmt(v.extracted_now), "stale"));
    }
    const reasons = $("card-reasons");
    clear(reasons);
    v.reasons.forEach((r) => reasons.appendChild(el("li", r)));
    const history = $("history");
    clear(history);
    (v.history || []).forEach((e) => {
      const when = new Date(e.at).toLocaleString();
      const text = `${when} · ${e.reviewer} · ${e.field}: ${fmt(e.old_value)} → ${fmt(e.new_value)}` +
        (e.reason ? ` (${e.reason})` : "");
      history.appendChild(el("li", text));
    });
    $("conflict").hidden = true;
  }

  // -- decisions ---------------------------------------------------------------------------

  async function decide(action, fields, reason) {
    const v = value();
    if (!v) return false;
    const body = { action, version: v.version, fields: fields || {}, reason: reason || null };
    const { status, data } = await api("POST", `/api/documents/${sha}/indicators/${encodeURIComponent(v.id)}/decision`, body);
    if (status === 200) {
      state.values[state.current] = data;
      say(`${data.name}: ${data.review_state}`, "ok");
      renderList();
      drawBoxes();
      renderCard();
      return true;
    }
    if (status === 409) { showConflict(data, body); return false; }
    say((data && (data.error || data.detail)) || `save failed (${status})`, "error");
    return false;
  }

  function showConflict(data, body) {
    const list = $("conflict-changes");
    clear(list);
    (data.changes || []).forEach((e) => {
      list.appendChild(el("li", `${e.reviewer}: ${e.field} ${fmt(e.old_value)} → ${fmt(e.new_value)}`));
    });
    $("conflict").hidden = false;
    state.pendingRetry = { body, version: data.current_version };
    say("Not saved: someone else changed this value first.", "error");
  }

  async function retryMine() {
    const retry = state.pendingRetry;
    if (!retry) return;
    value().version = retry.version;
    state.pendingRetry = null;
    $("conflict").hidden = true;
    const ok = await decide(retry.body.action, retry.body.fields, retry.body.reason);
    if (ok) closeForm();
  }

  async function takeTheirs() {
    state.pendingRetry = null;
    closeForm();
    await load(value() && value().id);
  }

  function next() { if (state.current < state.values.length - 1) select(state.current + 1); }
  function previous() { if (state.current > 0) select(state.current - 1); }

  async function accept() { if (await decide("accept")) next(); }
  async function reject() {
    const reason = (document.querySelector('#edit-form [name="reason"]').value || "").trim();
    if (await decide("reject", {}, reason)) next();
  }

  // -- the edit / add form -----------------------------------------------------------------

  const FORM_FIELDS = ["name", "canonical_id", "comparator", "value", "value_max", "tolerance", "unit", "grade", "value_text"];

  function form() { return $("edit-form"); }
  function input(name) { return form().querySelector(`[name="${name}"]`); }

  function openForm(mode, v) {
    state.mode = mode;
    FORM_FIELDS.forEach((name) => { input(name).value = v[name] === null || v[name] === undefined ? "" : String(v[name]); });
    input("conditions").value = (v.conditions || []).join("\n");
    input("source_text").value = (v.provenance || []).map((p) => p.source_text).join(" | ");
    input("reason").value = "";
    clear($("warnings"));
    $("card").hidden = false;
    form().hidden = false;
    $("card").classList.add("editing");
    input(mode === "add" ? "name" : "value").focus();
    input(mode === "add" ? "name" : "value").select();
    runChecks();
  }

  function closeForm() {
    form().hidden = true;
    $("card").classList.remove("editing");
    if (state.mode === "edit" || state.mode === "add") state.mode = "view";
    state.draft = null;
    if (document.activeElement && form().contains(document.activeElement)) document.activeElement.blur();
  }

  function formFields() {
    const fields = {};
    FORM_FIELDS.forEach((name) => { fields[name] = input(name).value; });
    fields.conditions = input("conditions").value.split("\n");
    return fields;
  }

  const runChecks = debounce(async () => {
    if (form().hidden) return;
    const body = { indicator_id: state.mode === "edit" && value() ? value().id : null, fields: formFields() };
    const { status, data } = await api("POST", `/api/documents/${sha}/check`, body);
    const list = $("warnings");
    clear(list);
    if (status !== 200) return;
    data.warnings.forEach((w) => list.appendChild(el("li", w.message, "warning " + w.level + " " + w.code)));
  }, 250);

  async function saveForm() {
    const reason = input("reason").value.trim() || null;
    if (state.mode === "add") {
      const draft = state.draft;
      const body = { page: draft.page, bbox: draft.bbox, source_text: input("source_text").value, fields: formFields(), reason };
      const { status, data } = await api("POST", `/api/documents/${sha}/indicators`, body);
      if (status !== 200) { say((data && (data.error || data.detail)) || `not added (${status})`, "error"); return; }
      closeForm();
      state.values.push(data);
      say(`${data.name}: added`, "ok");
      select(state.values.length - 1);
      return;
    }
    const ok = await decide("edit", formFields(), reason);
    if (ok) { closeForm(); next(); }
  }

  // -- drawing a box to add a missed value --------------------------------------------------

  function startDraw() {
    if (!pageSize(state.page)) return;
    closeForm();
    state.mode = "draw";
    $("page").classList.add("drawing");
    $("draw-hint").hidden = false;
  }

  function stopDraw() {
    $("page").classList.remove("drawing");
    $("draw-hint").hidden = true;
    if (state.mode === "draw") state.mode = "view";
  }

  function toPoints(event) {
    const rect = $("overlay").getBoundingClientRect();
    const size = pageSize(state.page);
    return [
      ((event.clientX - rect.left) / rect.width) * size.width,
      ((event.clientY - rect.top) / rect.height) * size.height,
    ];
  }

  let dragStart = null;
  let dragRect = null;

  function onDown(event) {
    if (state.mode !== "draw") return;
    event.preventDefault();
    dragStart = toPoints(event);
    dragRect = document.createElementNS(SVG, "rect");
    dragRect.setAttribute("class", "box drawing-box");
    $("overlay").appendChild(dragRect);
  }

  function onMove(event) {
    if (!dragStart) return;
    const [x, y] = toPoints(event);
    dragRect.setAttribute("x", Math.min(x, dragStart[0]));
    dragRect.setAttribute("y", Math.min(y, dragStart[1]));
    dragRect.setAttribute("width", Math.abs(x - dragStart[0]));
    dragRect.setAttribute("height", Math.abs(y - dragStart[1]));
  }

  async function onUp(event) {
    if (!dragStart) return;
    const [x, y] = toPoints(event);
    const bbox = [Math.min(x, dragStart[0]), Math.min(y, dragStart[1]), Math.max(x, dragStart[0]), Math.max(y, dragStart[1])]
      .map((c) => Math.round(c * 10) / 10);
    dragStart = null;
    stopDraw();
    if (bbox[2] - bbox[0] < 2 || bbox[3] - bbox[1] < 2) { drawBoxes(); return; }
    const q = new URLSearchParams({ page: state.page, x0: bbox[0], top: bbox[1], x1: bbox[2], bottom: bbox[3] });
    const { data } = await api("GET", `/api/documents/${sha}/text?${q}`);
    const text = (data && data.text) || "";
    state.draft = { page: state.page, bbox };
    openForm("add", guessFromText(text, bbox, state.page));
    $("card-name").textContent = "New value";
    $("card-state").textContent = "added";
  }

  // A first guess from the text under the box; the reviewer checks every field before saving.
  function guessFromText(text, bbox, page) {
    const number = text.match(/-?\d+(?:\.\d+)?/);
    let comparator = "=";
    if (/[≤<]|不大于|不超过|不高于/.test(text)) comparator = "<=";
    else if (/[≥>]|不小于|不低于|不少于/.test(text)) comparator = ">=";
    const name = number ? text.slice(0, number.index).replace(/[≤≥<>=:：应不大于小于超过高于低于少于\s]+$/u, "").trim() : text;
    const unit = number ? text.slice(number.index + number[0].length).trim() : "";
    return {
      name: name || text, comparator, value: number ? number[0] : "", unit, value_text: text,
      conditions: [], provenance: [{ page, bbox, source_text: text }],
    };
  }

  // -- the class picker --------------------------------------------------------------------

  function renderClass() {
    const c = state.doc.classification;
    $("class-current").textContent = c.code ? `${c.code} ${c.name || ""}` : "(none)";
    $("class-flag").hidden = !c.needs_review;
  }

  const searchClasses = debounce(async () => {
    const q = $("class-search").value.trim();
    const list = $("class-results");
    clear(list);
    if (!q) return;
    const { status, data } = await api("GET", `/api/classes?q=${encodeURIComponent(q)}`);
    if (status !== 200) return;
    data.forEach((c) => {
      const item = el("li");
      const button = el("button", `${c.code} ${c.name}`);
      button.type = "button";
      button.dataset.code = c.code;
      button.title = c.path;
      button.addEventListener("click", () => setClass(c.code));
      item.appendChild(button);
      item.appendChild(el("span", c.path, "hint"));
      list.appendChild(item);
    });
  }, 200);

  async function setClass(code) {
    const c = state.doc.classification;
    const { status, data } = await api("POST", `/api/documents/${sha}/classification`, { code, version: c.version });
    if (status === 200) {
      Object.assign(c, { code: data.code, name: data.name, version: data.version, needs_review: false, history: data.history });
      renderClass();
      clear($("class-results"));
      $("class-search").value = "";
      say(`class set to ${data.code} ${data.name}`, "ok");
    } else if (status === 409) {
      say("Not saved: someone else changed the class first; reload to see it.", "error");
    } else {
      say((data && (data.error || data.detail)) || `not saved (${status})`, "error");
    }
  }

  // -- keys and wiring ---------------------------------------------------------------------

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (typing && form().contains(target)) {
      if (event.key === "Enter" && !(target instanceof HTMLTextAreaElement)) { event.preventDefault(); saveForm(); }
      else if (event.key === "Escape") { event.preventDefault(); closeForm(); renderCard(); }
      return;
    }
    if (typing) return;
    const actions = {
      j: next, k: previous, a: accept, r: reject, d: startDraw,
      e: () => value() && openForm("edit", value()),
      "?": () => { $("help").hidden = !$("help").hidden; },
      Escape: () => { $("help").hidden = true; stopDraw(); closeForm(); },
      Enter: next,
    };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  }

  document.addEventListener("keydown", onKey);
  form().addEventListener("submit", (event) => { event.preventDefault(); saveForm(); });
  form().addEventListener("input", runChecks);
  $("cancel").addEventListener("click", () => { closeForm(); renderCard(); });
  $("accept").addEventListener("click", accept);
  $("reject").addEventListener("click", reject);
  $("edit").addEventListener("click", () => value() && openForm("edit", value()));
  $("draw").addEventListener("click", startDraw);
  $("conflict-retry").addEventListener("click", retryMine);
  $("conflict-discard").addEventListener("click", takeTheirs);
  $("prev-page").addEventListener("click", () => showPage(Math.max(1, state.page - 1)));
  $("next-page").addEventListener("click", () => showPage(Math.min(state.doc.pages.length, state.page + 1)));
  $("class-search").addEventListener("input", searchClasses);
  $("help").addEventListener("click", () => { $("help").hidden = true; });
  const overlay = $("overlay");
  overlay.addEventListener("mousedown", onDown);
  window.addEventListener("mousemove", onMove);
  window.addEventListener("mouseup", onUp);
  load();
})();
