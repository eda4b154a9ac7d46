// entente explore page: an actor network and a pair timeline, read from the public SPARQL endpoint only.
// Every view shows the exact query it ran ("copy as SPARQL" opens it in the Fuseki UI's query editor).
// For tests and the curious: window.enteNetwork and window.enteTimeline hold what is drawn, window.enteCy the graph.
(function () {
  'use strict';

  const ENDPOINT = '../entente/sparql';
  const EDITOR = '../#/dataset/entente/query?query=';
  // The part of the edge-list and timeline queries that reads each event's status, score, date, evidence and article.
  const EVENT_DETAILS = `  BIND(STRAFTER(STR(?statusIri), "#") AS ?status)
  OPTIONAL { ?type ent:cooperationScore ?score }
  OPTIONAL { ?event ent:date ?date }
  OPTIONAL { ?event ent:evidence ?sentence . ?sentence ent:text ?text .
             OPTIONAL { ?sentence ent:inArticle ?article . ?article ent:url ?url .
                        OPTIONAL { ?article dcterms:title ?title } } }
}
ORDER BY (!BOUND(?date)) ?date ?event`;
  const PREFIXES = [
    'PREFIX ent:  <https://w3id.org/entente/ontology#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>', ''].join('\n');
  // Role properties: the sub-properties of sem:hasActor that put an actor in an event.
  const ROLES = 'ent:participant ent:visitor ent:host ent:source ent:target ent:member';
  const CLASSES = ['Meeting', 'Visit', 'Dispute', 'Alliance', 'Agreement'];
  const STATUSES = ['Occurred', 'Planned', 'Proposed', 'Cancelled', 'Declined'];
  const KINDS = {Person: '#3b6fb6', Country: '#d08c1f', Organization: '#7b4bb7', Place: '#2a9d8f', Actor: '#8a94a0'};
  const COLOURS = {coop: '#2e7d32', conflict: '#c62828', neutral: '#8a94a0'};

  const $ = id => document.getElementById(id);
  const local = iri => iri ? iri.replace(/^.*[#/]/, '') : '';
  const tone = score => score > 0 ? 'coop' : score < 0 ? 'conflict' : 'neutral';
  const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));

  async function select(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json'},
      body: 'query=' + encodeURIComponent(query)
    });
    if (!response.ok) throw new Error('SPARQL endpoint answered ' + response.status + ': ' + await response.text());
    const json = await response.json();
    return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  }

  function sparqlLink(anchor, query) {
    anchor.href = EDITOR + encodeURIComponent(query);
    anchor.title = 'Open this query in the Fuseki query editor';
  }

  // ---- network ----------------------------------------------------------------------------------------------

  function checkboxes(fieldset, names, name) {
    for (const n of names) {
      const label = document.createElement('label');
      label.innerHTML = '<input type="checkbox" name="' + name + '" value="' + n + '" checked> ' + n.toLowerCase();
      fieldset.appendChild(label);
    }
  }

  function filters() {
    const form = $('filters');
    const checked = name => [...form.querySelectorAll('input[name=' + name + ']:checked')].map(i => i.value);
    return {from: form.from.value, to: form.to.value, classes: checked('class'), statuses: checked('status')};
  }

  /** One row per event and pair of its actors, with both actors' labels and kinds. */
  function networkQuery(f) {
    const values = (v, names) => 'VALUES ?' + v + ' { ' + names.map(n => 'ent:' + n).join(' ') + ' }';
    const dateFilters = [];
    if (f.from) dateFilters.push('  FILTER(SUBSTR(?date, 1, 10) >= "' + f.from + '")');
    if (f.to) dateFilters.push('  FILTER(SUBSTR(?date, 1, 10) <= "' + f.to + '")');
    const date = dateFilters.length ? '  ?event ent:date ?date .\n' + dateFilters.join('\n')
                                    : '  OPTIONAL { ?event ent:date ?date }';
    return PREFIXES + `# Actor network: one row per event and pair of its actors
SELECT DISTINCT ?event ?class ?type ?score ?status ?date ?a ?aLabel ?aKind ?b ?bLabel ?bKind
WHERE {
  ${values('class', f.classes.length ? f.classes : ['Nothing'])}
  ${values('statusIri', f.statuses.length ? f.statuses : ['Nothing'])}
  VALUES ?roleA { ${ROLES} }
  VALUES ?roleB { ${ROLES} }
  ?event a ?class ; ent:eventType ?type ; ent:status ?statusIri ; ?roleA ?a ; ?roleB ?b .
  FILTER(STR(?a) < STR(?b))
  ?a skos:prefLabel ?aLabel . ?b skos:prefLabel ?bLabel .
  OPTIONAL { ?a a ?aKind . VALUES ?aKind { ent:Person ent:Country ent:Organization ent:Place } }
  OPTIONAL { ?b a ?bKind . VALUES ?bKind { ent:Person ent:Country ent:Organization ent:Place } }
  OPTIONAL { ?type ent:cooperationScore ?score }
${date}
  BIND(STRAFTER(STR(?statusIri), "#") AS ?status)
}
ORDER BY ?date ?event`;
  }

  /** Folds the rows into actors (with their number of events) and pairs (with their events and mean score). */
  function buildNetwork(rows) {
    const nodes = new Map(), edges = new Map(), events = new Map();
    const kindRank = k => ['Country', 'Organization', 'Person', 'Place'].indexOf(k);
    const node = (iri, label, kind) => {
      const n = nodes.get(iri) || {id: iri, label, kind: 'Actor', events: new Set()};
      kind = local(kind);
      if (kind && (n.kind === 'Actor' || kindRank(kind) < kindRank(n.kind))) n.kind = kind;
      nodes.set(iri, n);
      return n;
    };
    for (const r of rows) {
      const e = {id: r.event, cls: local(r.class), type: local(r.type), status: r.status, date: r.date || '',
                 score: r.score === undefined ? 0 : Number(r.score)};
      events.set(e.id, e);
      node(r.a, r.aLabel, r.aKind).events.add(e.id);
      node(r.b, r.bLabel, r.bKind).events.add(e.id);
      const key = r.a + ' ' + r.b;
      const edge = edges.get(key) || {id: key, source: r.a, target: r.b, sourceLabel: r.aLabel,
                                        targetLabel: r.bLabel, events: new Set()};
      edge.events.add(e.id);
      edges.set(key, edge);
    }
    const network = {
      nodes: [...nodes.values()].map(n => ({id: n.id, label: n.label, kind: n.kind, events: n.events.size})),
      edges: [...edges.values()].map(e => {
        const list = [...e.events].map(id => events.get(id));
        const score = list.reduce((s, x) => s + x.score, 0) / list.length;
        return {id: e.id, source: e.source, target: e.target, sourceLabel: e.sourceLabel,
                targetLabel: e.targetLabel, events: list, score};
      })
    };
    return network;
  }

  let cy;

  function drawNetwork(network) {
    const elements = [
      ...network.nodes.map(n => ({data: {id: n.id, label: n.label, kind: n.kind, events: n.events}})),
      ...network.edges.map(e => ({data: {id: e.id, source: e.source, target: e.target, count: e.events.length,
                                         tone: tone(e.score)}}))
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('network'),
      elements,
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {
          'label': 'data(label)', 'font-size': 15, 'min-zoomed-font-size': 4, 'color': '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#fbfcfd', 'text-background-opacity': 0.85, 'text-background-padding': 1,
          'width': 'mapData(events, 1, 12, 18, 56)', 'height': 'mapData(events, 1, 12, 18, 56)',
          'background-color': n => KINDS[n.data('kind')] || KINDS.Actor, 'border-width': 1, 'border-color': '#fff'}},
        {selector: 'edge', style: {
          'width': 'mapData(count, 1, 6, 1.5, 9)', 'curve-style': 'bezier', 'opacity': 0.75,
          'line-color': e => COLOURS[e.data('tone')]}},
        {selector: 'edge:selected', style: {'opacity': 1, 'overlay-color': '#1d4f91', 'overlay-opacity': 0.15}},
        {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#1d4f91'}}
      ],
      layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 80000, idealEdgeLength: () => 80,
               nodeOverlap: 40, componentSpacing: 80, gravity: 0.25, numIter: 2500, padding: 30}
    });
    cy.on('tap', 'edge', evt => showEdge(network.edges.find(e => e.id === evt.target.id())));
    window.enteCy = cy;
  }

  function legend() {
    const kinds = Object.entries(KINDS).filter(([k]) => k !== 'Actor')
      .map(([k, c]) => '<span><i style="background:' + c + '"></i>' + k.toLowerCase() + '</span>');
    const lines = [['coop', 'cooperation'], ['conflict', 'conflict'], ['neutral', 'neutral (score 0)']]
      .map(([t, l]) => '<span><i class="line" style="background:' + COLOURS[t] + '"></i>' + l + '</span>');
    $('network-legend').innerHTML = kinds.join('') + lines.join('') +
      '<span>node size: events · line width: events between the pair</span>';
  }

  /** Events with their evidence sentences and articles. */
  function eventsQuery(ids) {
    return PREFIXES + `# Events with their evidence sentences and source articles
SELECT ?event ?class ?type ?score ?status ?date ?text ?url ?title
WHERE {
  VALUES ?event { ${ids.map(i => '<' + i + '>').join(' ')} }
  VALUES ?class { ent:Meeting ent:Visit ent:Dispute ent:Alliance ent:Agreement }
  ?event a ?class ; ent:eventType ?type ; ent:status ?statusIri .
${EVENT_DETAILS}`;
  }

  /** Rows of eventsQuery folded into events, each with its sentences. */
  function foldEvents(rows) {
    const byId = new Map();
    for (const r of rows) {
      const e = byId.get(r.event) || {id: r.event, cls: local(r.class), type: local(r.type), status: r.status,
        date: r.date || '', score: r.score === undefined ? 0 : Number(r.score), evidence: []};
      if (r.text && !e.evidence.some(x => x.text === r.text)) e.evidence.push({text: r.text, url: r.url, title: r.title});
      byId.set(r.event, e);
    }
    return [...byId.values()];
  }

  function eventItem(e) {
    const score = (e.score > 0 ? '+' : '') + e.score;
    const evidence = e.evidence.map(s => '<blockquote>' + esc(s.text) + '</blockquote>' +
      (s.url ? '<a href="' + esc(s.url) + '" target="_blank" rel="noopener">' + esc(s.title || s.url) + '</a>' : ''));
    return '<li class="' + tone(e.score) + '"><div class="meta"><span class="type">' + esc(e.type) + '</span> · ' +
      esc(e.cls.toLowerCase()) + ' · ' + esc((e.status || '').toLowerCase()) + ' · ' + esc(e.date || 'undated') +
      ' · score ' + score + '</div>' + evidence.join('') + '</li>';
  }

  async function showEdge(edge) {
    const box = $('edge-details');
    box.innerHTML = '<h3>' + esc(edge.sourceLabel) + ' – ' + esc(edge.targetLabel) + '</h3><p class="hint">Loading…</p>';
    const query = eventsQuery(edge.events.map(e => e.id));
    try {
      const events = foldEvents(await select(query));
      box.innerHTML = '<h3>' + esc(edge.sourceLabel) + ' – ' + esc(edge.targetLabel) + '</h3>' +
        '<p class="hint">' + events.length + ' event' + (events.length === 1 ? '' : 's') +
        ' · <a class="sparql" target="_blank" id="edge-sparql">copy as SPARQL</a></p>' +
        '<ol class="events" id="edge-events">' + events.map(eventItem).join('') + '</ol>';
      sparqlLink($('edge-sparql'), query);
      window.enteEdge = {edge: edge.id, events};
    } catch (err) {
      box.innerHTML = '<p class="error">' + esc(err.message) + '</p>';
    }
  }

  let networkRequest = 0;

  async function refreshNetwork() {
    const query = networkQuery(filters());
    const request = ++networkRequest;   // filters change faster than queries answer: only the latest is drawn
    sparqlLink($('network-sparql'), query);
    try {
      const rows = await select(query);
      if (request !== networkRequest) return;
      const network = buildNetwork(rows);
      window.enteNetwork = network;
      drawNetwork(network);
      const events = new Set(network.edges.flatMap(e => e.events.map(x => x.id)));
      $('network-summary').textContent = network.nodes.length + ' actors, ' + network.edges.length +
        ' pairs, ' + events.size + ' events with two or more actors';
    } catch (err) {
      $('network-summary').innerHTML = '<span class="error">' + esc(err.message) + '</span>';
    }
  }

  // ---- timeline ---------------------------------------------------------------------------------------------

  /** Countries that take part in events, themselves or through their people and organisations. */
  const COUNTRIES_QUERY = PREFIXES + `SELECT DISTINCT ?country ?label
WHERE {
  VALUES ?role { ${ROLES} }
  ?event ent:eventType ?type ; ?role ?actor .
  ?actor ent:country? ?country .
  ?country a ent:Country ; skos:prefLabel ?label .
}
ORDER BY ?label`;

  /** Events between two countries: either may act itself or through an actor of that country. */
  function timelineQuery(a, b) {
    return PREFIXES + `# Events between two countries (or their people and organisations), with evidence
SELECT ?event ?class ?type ?score ?status ?date ?text ?url ?title
WHERE {
  VALUES ?roleA { ${ROLES} }
  VALUES ?roleB { ${ROLES} }
  VALUES ?class { ent:Meeting ent:Visit ent:Dispute ent:Alliance ent:Agreement }
  ?event a ?class ; ent:eventType ?type ; ent:status ?statusIri ; ?roleA ?x ; ?roleB ?y .
  ?x ent:country? <${a}> .
  ?y ent:country? <${b}> .
  FILTER(?x != ?y)
${EVENT_DETAILS}`;
  }

  const monthIndex = m => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const monthName = i => new Date(Date.UTC(Math.floor(i / 12), i % 12, 1))
    .toLocaleString('en', {month: 'short', year: 'numeric', timeZone: 'UTC'});

  /** Bars of events by month: cooperation stacked above the axis, conflict below, neutral as dots on it. */
  function drawTimeline(events, labelA, labelB) {
    const box = $('timeline');
    const dated = events.filter(e => /^\d{4}-\d{2}/.test(e.date));
    if (!dated.length) {
      box.innerHTML = '<p id="timeline-empty" class="hint">No dated events between ' + esc(labelA) + ' and ' +
        esc(labelB) + '.</p>';
      return;
    }
    const months = dated.map(e => monthIndex(e.date));
    const first = Math.min(...months) - 1, last = Math.max(...months) + 1;
    const span = last - first + 1;
    const W = 1000, H = 300, left = 90, right = 20, mid = H / 2, unit = 36;
    const step = (W - left - right) / span, bar = Math.min(36, step * 0.7);
    const x = m => left + (m - first + 0.5) * step;
    const heights = {coop: new Map(), conflict: new Map(), neutral: new Map()};
    let svg = '';
    for (const e of dated) {
      const m = monthIndex(e.date), t = tone(e.score), stack = heights[t];
      const title = '<title>' + esc(e.date + ' ' + e.type + ' (' + e.cls.toLowerCase() + ', ' +
        (e.status || '').toLowerCase() + ', score ' + e.score + ')') + '</title>';
      if (t === 'neutral') {   // dots along the axis, alternating left and right of the month
        const n = stack.get(m) || 0;
        stack.set(m, n + 1);
        const cx = x(m) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 9;
        svg += '<circle class="event neutral" cx="' + cx + '" cy="' + mid + '" r="5" fill="' + COLOURS.neutral + '">' +
          title + '</circle>';
      } else {                 // a block whose height grows with the score's strength
        const h = unit * Math.max(0.35, Math.abs(e.score) / 10) + 4;
        const base = stack.get(m) || 0;
        stack.set(m, base + h + 2);
        const y = t === 'coop' ? mid - base - h - 2 : mid + base + 2;
        svg += '<rect class="event ' + t + '" x="' + (x(m) - bar / 2) + '" y="' + y + '" width="' + bar + '" height="' +
          h + '" rx="2" fill="' + COLOURS[t] + '" opacity="' + (e.status === 'Occurred' ? 0.9 : 0.4) + '">' + title + '</rect>';
      }
    }
    let axis = '<line class="axis" x1="' + left + '" y1="' + mid + '" x2="' + (W - right) + '" y2="' + mid + '"/>';
    const every = Math.max(1, Math.ceil(span / 12));
    for (let m = first; m <= last; m++) {
      if ((m - first) % every) continue;
      axis += '<line x1="' + x(m) + '" y1="' + (mid - 3) + '" x2="' + x(m) + '" y2="' + (mid + 3) + '" stroke="#1f2933"/>' +
        '<text x="' + x(m) + '" y="' + (H - 6) + '" text-anchor="middle">' + monthName(m) + '</text>';
    }
    axis += '<text class="side" x="8" y="28" fill="' + COLOURS.coop + '">cooperation</text>' +
      '<text class="side" x="8" y="' + (H - 28) + '" fill="' + COLOURS.conflict + '">conflict</text>' +
      '<text x="' + (W - right) + '" y="16" text-anchor="end">one block per event, height by score; ' +
      'pale: planned, proposed, cancelled or declined</text>';
    box.innerHTML = '<svg viewBox="0 0 ' + W + ' ' + H + '" role="img" aria-label="Events between ' + esc(labelA) +
      ' and ' + esc(labelB) + ' by month">' + axis + svg + '</svg>';
  }

  let timelineRequest = 0;

  async function refreshTimeline() {
    const a = $('pair-a'), b = $('pair-b');
    if (!a.value || !b.value) return;
    const labelA = a.selectedOptions[0].text, labelB = b.selectedOptions[0].text;
    const query = timelineQuery(a.value, b.value);
    const request = ++timelineRequest;
    sparqlLink($('timeline-sparql'), query);
    try {
      const events = foldEvents(await select(query));
      if (request !== timelineRequest) return;
      drawTimeline(events, labelA, labelB);
      $('timeline-events').innerHTML = events.map(eventItem).join('');
      const undated = events.filter(e => !/^\d{4}-\d{2}/.test(e.date)).length;
      $('timeline-summary').textContent = events.length + ' events between ' + labelA + ' and ' + labelB +
        (undated ? ' (' + undated + ' undated, listed but not drawn)' : '');
      window.enteTimeline = {a: a.value, b: b.value, labelA, labelB, events};
    } catch (err) {
      $('timeline-summary').innerHTML = '<span class="error">' + esc(err.message) + '</span>';
    }
  }

  async function initTimeline() {
    const countries = await select(COUNTRIES_QUERY);
    for (const select of [$('pair-a'), $('pair-b')]) {
      select.innerHTML = countries.map(c => '<option value="' + esc(c.country) + '">' + esc(c.label) + '</option>').join('');
      select.addEventListener('change', refreshTimeline);
    }
    // Start with the United States and China when both are there, else with the first two countries.
    const pick = (label, fallback) => (countries.find(c => c.label === label) || countries[fallback] || {}).country;
    $('pair-a').value = pick('United States', 0) || '';
    $('pair-b').value = pick('China', 1) || '';
    await refreshTimeline();
  }

  // ---- start ------------------------------------------------------------------------------------------------

  checkboxes($('class-filter'), CLASSES, 'class');
  checkboxes($('status-filter'), STATUSES, 'status');
  legend();
  $('filters').addEventListener('change', refreshNetwork);
  Promise.all([refreshNetwork(), initTimeline()]).finally(() => { document.body.dataset.ready = 'true'; });
})();
