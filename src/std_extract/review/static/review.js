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

  const state = {
    doc: null, values: [], current: -1, page: 1, mode: "view", draft: null, pendingRetry: null,
    zoom: 1, textLayers: {}, selection: null, spaceDown: false, pan: null,
  };

  // Every string comes from the message catalogue (messages.toml), sent with the page as data.
  const MESSAGES = JSON.parse(document.getElementById("messages").textContent);
  function t(key, values) {
    let text = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : key;
    Object.entries(values || {}).forEach(([name, v]) => { text = text.split(`{${name}}`).join(String(v)); });
    return text;
  }
  const label = (key, fallback) => (Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : fallback);

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

  // Values the server sends with a refusal or a warning, made readable: field names in words.
  function shown(values) {
    const out = {};
    Object.entries(values || {}).forEach(([k, v]) => {
      if (Array.isArray(v)) out[k] = v.map((f) => label("field." + f, f)).join("、");
      else if (k === "field") out[k] = label("field." + v, v);
      else if (k === "comparator") out[k] = SYMBOLS[v] || label("comparator." + v, v);
      else out[k] = v;
    });
    return out;
  }

  // A check's warning in the page's language (the server's English text when the catalogue lacks it).
  function warningText(w) {
    const key = w.code === "shape" ? "refused." + (w.values || {}).rule : w.code === "bad_number" ? "refused.not_a_number" : "check." + w.code;
    return Object.prototype.hasOwnProperty.call(MESSAGES, key) ? t(key, shown(w.values)) : w.message;
  }

  function errorText(data, status) {
    if (!data) return String(status);
    if (data.code && Object.prototype.hasOwnProperty.call(MESSAGES, "refused." + data.code)) return t("refused." + data.code, shown(data.values));
    if (typeof data.detail === "string") return data.detail;
    if (Array.isArray(data.detail)) return data.detail.map((d) => d.msg).join("; ");
    return data.error || data.message || String(status);
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
    if (status !== 200) { say(t("doc.load_failed", { status }), "error"); return; }
    apply(data, keepId);
  }

  // Show a document view (from a load, or the answer of a document-level save).
  function apply(data, keepId) {
    state.doc = data;
    state.values = data.indicators;
    $("no-pdf").hidden = data.pdf_found;
    renderClass();
    renderStatus();
    renderMetadata();
    renderDocHistory();
    renderCanonicalChoices();
    renderList();
    const index = keepId ? state.values.findIndex((v) => v.id === keepId) : -1;
    if (index >= 0) select(index);
    else if (state.values.length) select(firstToReview());
    else if (data.pages && data.pages.length) showPage(1);
    else { $("card").hidden = true; $("page-label").textContent = t("doc.no_page"); }
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
    if (!size) { $("page-label").textContent = t("doc.no_page"); return; }
    if (state.page !== n || !$("page-image").getAttribute("src")) {
      $("page-image").src = `/documents/${sha}/pages/${n}.png`;
    }
    const changed = state.page !== n || !$("text-layer").dataset.page;
    state.page = n;
    $("page-label").textContent = t("doc.page", { page: n, pages: state.doc.pages.length });
    const svg = $("overlay");
    // the image starts at the page box's corner, which is not (0, 0) when the MediaBox is offset
    svg.setAttribute("viewBox", `${size.left || 0} ${size.top || 0} ${size.width} ${size.height}`);
    $("page").style.aspectRatio = `${size.width} / ${size.height}`;
    drawBoxes();
    if (changed) loadTextLayer(n);
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
      item.appendChild(el("span", label("value_state." + v.review_state, v.review_state), "state"));
      item.appendChild(el("span", v.name, "name"));
      item.appendChild(el("span", summary(v), "val"));
      if (v.reasons.length && v.review_state === "extracted") {
        const needs = el("span", "!", "needs");
        needs.title = t("doc.needs");
        item.appendChild(needs);
      }
      if (v.stale) item.appendChild(el("span", t("doc.changed_since_review"), "flag"));
      item.addEventListener("click", () => select(i));
      list.appendChild(item);
    });
    $("counts").textContent = t("doc.reviewed_count", { reviewed, total: state.values.length });
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
    ["name", (v) => v.name],
    ["canonical", (v) => (v.canonical_id ? `${v.canonical_id}${v.canonical_name ? " · " + v.canonical_name : ""}` : null)],
    ["match_score", (v) => v.match_score],
    ["confidence", (v) => (v.confidence !== null && v.confidence !== undefined ? `${v.confidence}${v.needs_review ? " · " + t("doc.needs") : ""}` : null)],
    ["comparator", (v) => SYMBOLS[v.comparator] || label("comparator." + v.comparator, v.comparator)],
    ["value", (v) => v.value],
    ["range", (v) => (v.value_max !== null && v.value_max !== undefined ? `${fmt(v.value)} … ${fmt(v.value_max)}` : null)],
    ["tolerance", (v) => v.tolerance],
    ["unit", (v) => v.unit],
    ["normalised", (v) => (v.value_normalized !== null ? `${v.value_normalized} ${v.unit_normalized || ""}` : null)],
    ["grade", (v) => v.grade],
    ["conditions", (v) => v.conditions],
    ["value_text", (v) => v.value_text],
    ["source_text", (v) => (v.provenance || []).map((p) => p.source_text).join(" | ")],
    ["clause", (v) => [v.clause, v.table ? "表 " + v.table : null].filter(Boolean).join(" · ")],
    ["page", (v) => (v.provenance || []).map((p) => p.page).join(", ")],
    ["flags", (v) => v.flags],
  ];

  // One line of a history list: who changed which field from what to what, and why.
  function historyLine(e) {
    const when = new Date(e.at).toLocaleString();
    const field = label("field." + e.field, e.field);
    let change;
    if (e.field === "undo") change = `${field} #${e.new_value && e.new_value.version}`;
    else if (e.field === "document.status") change = `${field}: ${statusName(e.old_value)} → ${statusName(e.new_value)}`;
    else if (e.field === "indicator") change = `${field}: ${e.new_value ? e.new_value.name : "—"}`;
    else if (e.field === "review_state") change = `${field}: ${label("value_state." + e.old_value, fmt(e.old_value))} → ${label("value_state." + e.new_value, fmt(e.new_value))}`;
    else change = `${field}: ${fmt(e.old_value)} → ${fmt(e.new_value)}`;
    return `${when} · ${e.reviewer} · ${change}` + (e.reason ? ` (${e.reason})` : "");
  }

  function statusName(s) { return s && s.status ? t("state." + s.status) : "—"; }

  function renderCard() {
    const v = value();
    const card = $("card");
    card.hidden = !v;
    if (!v) return;
    $("card-name").textContent = v.name;
    $("card-state").textContent = label("value_state." + v.review_state, v.review_state);
    $("card-state").className = "state state-" + v.review_state;
    const dl = $("card-fields");
    clear(dl);
    for (const [key, get] of CARD_FIELDS) {
      dl.appendChild(el("dt", t("field." + key)));
      const dd = el("dd", fmt(get(v)));
      if (key === "source_text") dd.className = "source-text";
      dl.appendChild(dd);
    }
    if (v.stale) {
      dl.appendChild(el("dt", t("card.at_review")));
      dl.appendChild(el("dd", fmt(v.extracted), "stale"));
      dl.appendChild(el("dt", t("card.now")));
      dl.appendChild(el("dd", fmt(v.extracted_now), "stale"));
    }
    const reasons = $("card-reasons");
    clear(reasons);
    v.reasons.forEach((r) => reasons.appendChild(el("li", r)));
    const history = $("history");
    clear(history);
    (v.history || []).forEach((e) => history.appendChild(el("li", historyLine(e))));
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
      refreshStatus();
      say(t("doc.saved_state", { name: data.name, state: label("value_state." + data.review_state, data.review_state) }), "ok");
      renderList();
      drawBoxes();
      renderCard();
      return true;
    }
    if (status === 409) { showConflict(data, body); return false; }
    say(t("doc.save_failed", { error: errorText(data, status) }), "error");
    return false;
  }

  function showConflict(data, body) {
    const list = $("conflict-changes");
    clear(list);
    (data.changes || []).forEach((e) => {
      list.appendChild(el("li", `${e.reviewer}: ${label("field." + e.field, e.field)} ${fmt(e.old_value)} → ${fmt(e.new_value)}`));
    });
    $("conflict").hidden = false;
    state.pendingRetry = { body, version: data.current_version };
    say(t("conflict.not_saved"), "error");
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

  const FORM_FIELDS = ["name", "canonical_id", "comparator", "value", "value_max", "tolerance", "unit", "grade", "value_text", "clause", "test_method"];

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
    data.warnings.forEach((w) => list.appendChild(el("li", warningText(w), "warning " + w.level + " " + w.code)));
  }, 250);

  async function saveForm() {
    const reason = input("reason").value.trim() || null;
    if (state.mode === "add") {
      const draft = state.draft;
      const body = { page: draft.page, bbox: draft.bbox, source_text: input("source_text").value, fields: formFields(), reason };
      const { status, data } = await api("POST", `/api/documents/${sha}/indicators`, body);
      if (status !== 200) { say(t("doc.save_failed", { error: errorText(data, status) }), "error"); return; }
      closeForm();
      state.values.push(data);
      refreshStatus();
      say(t("doc.saved_state", { name: data.name, state: t("value_state.added") }), "ok");
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
      (size.left || 0) + ((event.clientX - rect.left) / rect.width) * size.width,
      (size.top || 0) + ((event.clientY - rect.top) / rect.height) * size.height,
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
    openAdd(text, bbox, (data && data.draft) || {});
  }

  // The add form, pre-filled with the server's reading of the text (the extractor's own readers:
  // a clause number is the clause, not a value); the reviewer checks every field before saving.
  function openAdd(text, bbox, draft) {
    state.draft = { page: state.page, bbox };
    openForm("add", {
      ...draft, name: draft.name || "", conditions: draft.conditions || [],
      provenance: [{ page: state.page, bbox, source_text: text }],
    });
    $("card-name").textContent = t("card.new_value");
    $("card-state").textContent = t("value_state.added");
  }

  // -- the class picker --------------------------------------------------------------------

  function renderClass() {
    const c = state.doc.classification;
    $("class-current").textContent = c.code ? `${c.code} ${c.name || ""}` : t("class.none");
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
    const { status, data } = await api("POST", `/api/documents/${sha}/classification`, { code, version: state.doc.version });
    if (status === 200) {
      Object.assign(c, { code: data.code, name: data.name, version: data.version, needs_review: false, history: data.history });
      state.doc.version = data.version;
      state.doc.history = data.history;
      renderClass();
      renderDocHistory();
      clear($("class-results"));
      $("class-search").value = "";
      say(t("class.set", { code: data.code, name: data.name }), "ok");
      refreshStatus();
    } else if (status === 409) {
      say(t("class.conflict"), "error");
    } else {
      say(t("doc.save_failed", { error: errorText(data, status) }), "error");
    }
  }

  // -- the document's review status, metadata and history -----------------------------------

  function renderStatus() {
    const r = state.doc.review;
    $("status-state").textContent = t("state." + r.status);
    $("status-state").className = "state state-" + r.status;
    $("review-badge").textContent = t("state." + r.status);
    $("review-badge").className = "badge state-" + r.status;
    root.dataset.status = r.status;
    const detail = [];
    if (r.open) detail.push(t("review.open_items", { open: r.open }));
    if (r.done_by) detail.push(t("review.done_by", { name: r.done_by }));
    if (r.approved_by) detail.push(t("review.approved_by", { name: r.approved_by }));
    if (r.status === "sent_back" && r.reason) detail.push(t("queue.sent_back_reason", { reason: r.reason }));
    $("status-detail").textContent = detail.join(" · ");
    $("mark-done").disabled = !(r.status === "in_review" || r.status === "sent_back");
    $("approve").disabled = r.status !== "done";
    $("send-back").disabled = !(r.status === "done" || r.status === "approved");
  }

  // The open count changes with every decision: read the document's status again.
  async function refreshStatus() {
    const { status, data } = await api("GET", `/api/documents/${sha}/review`);
    if (status !== 200) return;
    state.doc.review = data.review;
    state.doc.version = data.version;
    state.doc.history = data.history;
    renderStatus();
    renderDocHistory();
  }

  async function setStatus(action) {
    const reason = action === "send_back" ? $("send-back-reason").value.trim() : null;
    const body = { action, version: state.doc.version, reason };
    const { status, data } = await api("POST", `/api/documents/${sha}/status`, body);
    if (status !== 200) { say(t("doc.save_failed", { error: errorText(data, status) }), "error"); return; }
    $("send-back-reason").value = "";
    const keep = value() && value().id;
    apply(data, keep);
    say(t("review.changed", { state: t("state." + data.review.status) }), "ok");
  }

  const META_FIELDS = [["number", "meta.number"], ["title", "meta.name"], ["enterprise", "meta.enterprise"], ["issued", "meta.issued"], ["effective", "meta.effective"]];

  function renderMetadata() {
    const std = state.doc.standard;
    const dl = $("meta-fields");
    clear(dl);
    META_FIELDS.forEach(([name, key]) => {
      dl.appendChild(el("dt", t(key)));
      const dd = el("dd", fmt(std.fields[name]));
      dd.dataset.field = name;
      if (std.corrected.includes(name)) {
        dd.classList.add("corrected");
        dd.title = t("meta.corrected");
      }
      dl.appendChild(dd);
    });
    $("doc-number").textContent = std.fields.number || "";
    $("doc-title").textContent = std.fields.title || "";
  }

  function renderDocHistory() {
    const list = $("doc-history");
    clear(list);
    (state.doc.history || []).forEach((e) => list.appendChild(el("li", historyLine(e))));
  }

  function openMeta() {
    const form = $("meta-form");
    META_FIELDS.forEach(([name]) => { form.elements[name].value = state.doc.standard.fields[name] || ""; });
    form.elements.reason.value = "";
    form.hidden = false;
    form.elements.title.focus();
  }

  async function saveMeta() {
    const form = $("meta-form");
    const fields = {};
    META_FIELDS.forEach(([name]) => {
      if ((form.elements[name].value || "") !== (state.doc.standard.fields[name] || "")) fields[name] = form.elements[name].value;
    });
    if (!Object.keys(fields).length) { form.hidden = true; return; }
    const body = { fields, version: state.doc.version, reason: form.elements.reason.value.trim() || null };
    const { status, data } = await api("POST", `/api/documents/${sha}/standard`, body);
    if (status !== 200) { say(t("doc.save_failed", { error: errorText(data, status) }), "error"); return; }
    form.hidden = true;
    apply(data, value() && value().id);
    say(t("meta.saved"), "ok");
  }

  // -- undo: a new decision that sets the last one back (the log keeps both) ------------------

  async function undo() {
    if (state.mode === "edit" || state.mode === "add") return;
    const { status, data } = await api("POST", `/api/documents/${sha}/undo`);
    if (status !== 200) {
      say(errorText(data, status), "error");
      return;
    }
    const keep = data.indicator_id || (value() && value().id);
    await load(keep);
    const what = data.fields.map((f) => label("field." + f, f)).join("、");
    say(t("doc.undone", { what }), "ok");
    root.dataset.undone = String(Number(root.dataset.undone || 0) + 1);
  }

  // -- zoom and pan ----------------------------------------------------------------------------

  const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];

  function setZoom(zoom, anchor) {
    const viewport = $("viewport");
    const old = state.zoom;
    state.zoom = Math.min(Math.max(zoom, ZOOMS[0]), ZOOMS[ZOOMS.length - 1]);
    // Keep the point under the mouse (or the centre) where it was.
    const ax = anchor ? anchor[0] : viewport.clientWidth / 2;
    const ay = anchor ? anchor[1] : viewport.clientHeight / 2;
    const fx = (viewport.scrollLeft + ax) / old;
    const fy = (viewport.scrollTop + ay) / old;
    $("page").style.width = `${state.zoom * 100}%`;
    viewport.scrollLeft = fx * state.zoom - ax;
    viewport.scrollTop = fy * state.zoom - ay;
    $("zoom-label").textContent = `${Math.round(state.zoom * 100)}%`;
    root.dataset.zoom = String(state.zoom);
  }

  function zoomStep(direction, anchor) {
    const next = direction > 0 ? ZOOMS.find((z) => z > state.zoom + 1e-9) : [...ZOOMS].reverse().find((z) => z < state.zoom - 1e-9);
    if (next) setZoom(next, anchor);
  }

  function onWheel(event) {
    if (!event.ctrlKey) return; // plain wheel scrolls; Ctrl+wheel zooms
    event.preventDefault();
    const rect = $("viewport").getBoundingClientRect();
    zoomStep(event.deltaY < 0 ? 1 : -1, [event.clientX - rect.left, event.clientY - rect.top]);
  }

  function panStart(event) {
    if (!(state.spaceDown || event.button === 1)) return false;
    event.preventDefault();
    const viewport = $("viewport");
    state.pan = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    viewport.classList.add("panning-active");
    return true;
  }

  function panMove(event) {
    if (!state.pan) return false;
    const viewport = $("viewport");
    viewport.scrollLeft = state.pan.left - (event.clientX - state.pan.x);
    viewport.scrollTop = state.pan.top - (event.clientY - state.pan.y);
    return true;
  }

  function panEnd() {
    if (!state.pan) return false;
    state.pan = null;
    $("viewport").classList.remove("panning-active");
    return true;
  }

  function setSpace(down) {
    state.spaceDown = down;
    $("viewport").classList.toggle("panning", down);
  }

  // -- the text layer: the printed characters, selectable, over the page image ------------------

  async function loadTextLayer(n) {
    const layer = $("text-layer");
    clear(layer);
    layer.dataset.page = "";
    if (!state.textLayers[n]) {
      const { status, data } = await api("GET", `/api/documents/${sha}/pages/${n}/text`);
      if (status !== 200 || state.page !== n) return;
      state.textLayers[n] = data.lines;
    }
    if (state.page !== n) return;
    const size = pageSize(n);
    state.textLayers[n].forEach((line, li) => {
      [...line.text].forEach((ch, ci) => {
        const [x0, top, x1, bottom] = line.boxes[ci];
        const span = el("span", ch);
        span.dataset.line = String(li);
        span.dataset.char = String(ci);
        span.style.left = `${((x0 - (size.left || 0)) / size.width) * 100}%`;
        span.style.top = `${((top - (size.top || 0)) / size.height) * 100}%`;
        span.style.width = `${(Math.max(x1 - x0, 0.5) / size.width) * 100}%`;
        span.style.height = `${(Math.max(bottom - top, 0.5) / size.height) * 100}%`;
        // the glyphs fill their box at any zoom (cqw: a percentage of the page's width), so a
        // drag anywhere inside a character's box selects it
        span.style.fontSize = `${(Math.max(bottom - top, 0.5) / size.width) * 100}cqw`;
        layer.appendChild(span);
      });
    });
    layer.dataset.page = String(n);
  }

  // The printed text selected on the page and the box around it (PDF points).
  function selectedText() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return null;
    const layer = $("text-layer");
    const lines = state.textLayers[state.page];
    if (!lines || !layer.contains(selection.anchorNode)) return null;
    const picked = [];
    layer.querySelectorAll("span").forEach((span) => {
      if (selection.containsNode(span, true)) picked.push([Number(span.dataset.line), Number(span.dataset.char)]);
    });
    if (!picked.length) return null;
    let text = "";
    let bbox = null;
    picked.forEach(([li, ci]) => {
      text += lines[li].text[ci];
      const b = lines[li].boxes[ci];
      bbox = bbox ? [Math.min(bbox[0], b[0]), Math.min(bbox[1], b[1]), Math.max(bbox[2], b[2]), Math.max(bbox[3], b[3])] : b.slice();
    });
    return { text: text.trim(), bbox: bbox.map((c) => Math.round(c * 10) / 10), page: state.page };
  }

  function onSelectEnd(event) {
    if (state.mode === "draw" || state.pan) return;
    const picked = selectedText();
    const menu = $("select-menu");
    if (!picked || !picked.text) { menu.hidden = true; return; }
    state.selection = picked;
    const formOpen = !form().hidden;
    menu.querySelectorAll("button[data-fill]").forEach((b) => { b.hidden = (b.dataset.fill === "add") === formOpen; });
    const pane = document.querySelector(".page-pane").getBoundingClientRect();
    menu.style.left = `${Math.max(event.clientX - pane.left - 40, 0)}px`;
    menu.style.top = `${event.clientY - pane.top + 12}px`;
    menu.hidden = false;
  }

  async function fillFrom(target) {
    const picked = state.selection;
    $("select-menu").hidden = true;
    if (!picked) return;
    window.getSelection().removeAllRanges();
    if (target === "add") {
      closeForm();
      const { data } = await api("POST", "/api/prefill", { text: picked.text });
      showPage(picked.page);
      openAdd(picked.text, picked.bbox, data || {});
      return;
    }
    if (target === "value") {
      // the number, comparator and unit as the extractor reads them
      const { data } = await api("POST", "/api/prefill", { text: picked.text });
      const draft = data || {};
      ["value", "value_max", "tolerance", "unit"].forEach((name) => { if (draft[name]) input(name).value = draft[name]; });
      if (draft.value || draft.comparator === "qualitative") input("comparator").value = draft.comparator;
    } else if (target === "conditions") {
      const now = input("conditions").value.trim();
      input("conditions").value = now ? `${now}\n${picked.text}` : picked.text;
    } else {
      input(target).value = picked.text;
    }
    input(target).focus();
    say(t("select.filled", { field: t("field." + target) }), "ok");
    runChecks();
  }

  // A click (not a drag) on the page opens the value whose box is under it, even where the
  // text layer lies on top of the box.
  function onPageClick(event) {
    if (state.mode === "draw" || state.spaceDown) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const hit = document.elementsFromPoint(event.clientX, event.clientY).find((node) => node.dataset && node.dataset.index !== undefined && node.tagName.toLowerCase() === "rect");
    if (hit) select(Number(hit.dataset.index));
  }

  // -- keys and wiring ---------------------------------------------------------------------

  function onKey(event) {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "z" && !typing) {
      event.preventDefault();
      undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing && form().contains(target)) {
      if (event.key === "Enter" && !(target instanceof HTMLTextAreaElement)) { event.preventDefault(); saveForm(); }
      else if (event.key === "Escape") { event.preventDefault(); closeForm(); renderCard(); }
      return;
    }
    if (typing && $("meta-form").contains(target)) {
      if (event.key === "Escape") { event.preventDefault(); $("meta-form").hidden = true; }
      return;
    }
    if (typing) return;
    if (event.key === " ") { event.preventDefault(); if (!state.spaceDown) setSpace(true); return; }
    const actions = {
      j: next, k: previous, a: accept, r: reject, d: startDraw, u: undo,
      e: () => value() && openForm("edit", value()),
      "+": () => zoomStep(1), "=": () => zoomStep(1), "-": () => zoomStep(-1), "0": () => setZoom(1),
      "?": () => { $("help").hidden = !$("help").hidden; },
      Escape: () => { $("help").hidden = true; $("select-menu").hidden = true; stopDraw(); closeForm(); },
      Enter: next,
    };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  }

  document.addEventListener("keydown", onKey);
  document.addEventListener("keyup", (event) => { if (event.key === " ") setSpace(false); });
  window.addEventListener("blur", () => setSpace(false));
  form().addEventListener("submit", (event) => { event.preventDefault(); saveForm(); });
  form().addEventListener("input", runChecks);
  $("cancel").addEventListener("click", () => { closeForm(); renderCard(); });
  $("accept").addEventListener("click", accept);
  $("reject").addEventListener("click", reject);
  $("edit").addEventListener("click", () => value() && openForm("edit", value()));
  $("draw").addEventListener("click", startDraw);
  $("undo").addEventListener("click", undo);
  $("conflict-retry").addEventListener("click", retryMine);
  $("conflict-discard").addEventListener("click", takeTheirs);
  $("prev-page").addEventListener("click", () => showPage(Math.max(1, state.page - 1)));
  $("next-page").addEventListener("click", () => showPage(Math.min(state.doc.pages.length, state.page + 1)));
  $("zoom-in").addEventListener("click", () => zoomStep(1));
  $("zoom-out").addEventListener("click", () => zoomStep(-1));
  $("zoom-fit").addEventListener("click", () => setZoom(1));
  $("class-search").addEventListener("input", searchClasses);
  $("mark-done").addEventListener("click", () => setStatus("done"));
  $("approve").addEventListener("click", () => setStatus("approve"));
  $("send-back").addEventListener("click", () => setStatus("send_back"));
  $("meta-edit").addEventListener("click", openMeta);
  $("meta-cancel").addEventListener("click", () => { $("meta-form").hidden = true; });
  $("meta-form").addEventListener("submit", (event) => { event.preventDefault(); saveMeta(); });
  $("help").addEventListener("click", () => { $("help").hidden = true; });
  $("select-menu").addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
  $("select-menu").querySelectorAll("button[data-fill]").forEach((b) => b.addEventListener("click", () => fillFrom(b.dataset.fill)));
  const viewport = $("viewport");
  viewport.addEventListener("wheel", onWheel, { passive: false });
  viewport.addEventListener("mousedown", (event) => { if (panStart(event)) event.stopPropagation(); }, true);
  $("page").addEventListener("click", onPageClick);
  $("page").addEventListener("mouseup", (event) => { if (!state.pan) setTimeout(() => onSelectEnd(event), 0); });
  const overlay = $("overlay");
  overlay.addEventListener("mousedown", onDown);
  window.addEventListener("mousemove", (event) => { if (!panMove(event)) onMove(event); });
  window.addEventListener("mouseup", (event) => { if (!panEnd()) onUp(event); });
  load();
})();
