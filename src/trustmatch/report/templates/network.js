/* The report's interactive member network (no library, nothing loaded from anywhere).
 *
 * Reads the JSON data element (id "network-data"), draws members and
 * their links as SVG, and shows a member's projects, contacts and trust when the member is
 * clicked (or chosen in the list). Every name is put in the page with textContent, never as
 * markup, so a member's name can never become an element or a script.
 */
(function () {
  "use strict";
  var source = document.getElementById("network-data");
  var root = document.getElementById("network");
  if (!source || !root) { return; }
  var data = JSON.parse(source.textContent);
  var text = data.text;
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 760, HEIGHT = 520, PAD = 30;
  var svg = root.querySelector("svg.network-canvas");
  var panel = root.querySelector(".network-panel");
  var themeSelect = root.querySelector("select[name=theme]");
  var phaseSelect = root.querySelector("select[name=phase]");
  var memberSelect = root.querySelector("select[name=member]");
  var selected = null;

  function element(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function html(name, content, parent, className) {
    var node = document.createElement(name);
    if (content !== undefined && content !== null) { node.textContent = content; }
    if (className) { node.className = className; }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function option(select, value, label) {
    var node = html("option", label, select);
    node.value = String(value);
  }
  function px(member) { return PAD + member.x * (WIDTH - 2 * PAD); }
  function py(member) { return PAD + member.y * (HEIGHT - 2 * PAD); }

  // --- controls --------------------------------------------------------------------------
  option(themeSelect, "", text.all_themes);
  data.themes.forEach(function (label, index) { option(themeSelect, index, label); });
  option(phaseSelect, "", text.all_phases);
  data.phases.forEach(function (phase) { option(phaseSelect, phase.number, phase.label); });
  option(memberSelect, "", text.choose_member);
  data.members
    .map(function (member, index) { return [member.name, index]; })
    .sort(function (a, b) { return a[0].localeCompare(b[0]); })
    .forEach(function (item) { option(memberSelect, item[1], item[0]); });

  // --- drawing ---------------------------------------------------------------------------
  svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
  var edgeLayer = element("g", {"class": "edges"}, svg);
  var nodeLayer = element("g", {"class": "nodes"}, svg);
  var edges = data.pairs.map(function (pair) {
    var a = data.members[pair.a], b = data.members[pair.b];
    var line = element("line", {
      x1: px(a), y1: py(a), x2: px(b), y2: py(b), stroke: pair.colour,
      "class": pair.competitors ? "edge competitors" : "edge",
    }, edgeLayer);
    return {pair: pair, line: line};
  });
  var showAllLabels = data.members.length <= data.label_limit;
  // Many competitor pairs (firms sharing a market) would hide everything else: then only the
  // chosen member's competitors are drawn.
  var rivalCount = data.pairs.filter(function (pair) { return pair.competitors; }).length;
  var showAllRivals = rivalCount <= data.rival_limit;
  var nodes = data.members.map(function (member, index) {
    var group = element("g", {
      "class": "node", tabindex: "0", role: "button", "data-member": String(index),
      "aria-label": member.name,
    }, nodeLayer);
    element("title", {}, group).textContent = member.name;
    element("circle", {cx: px(member), cy: py(member), r: 6, fill: member.colour}, group);
    var label = element("text", {
      x: px(member) + (member.x > 0.75 ? -10 : 10), y: py(member) + 4,
      "text-anchor": member.x > 0.75 ? "end" : "start",
    }, group);
    label.textContent = member.name;
    group.addEventListener("click", function () { select(index); });
    group.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(index); }
    });
    return {member: member, group: group, label: label};
  });

  // --- what is shown ---------------------------------------------------------------------
  function inPhase(pair, phase) {
    return pair.projects.some(function (k) { return data.projects[k].phase === phase; });
  }
  function update() {
    var theme = themeSelect.value === "" ? null : Number(themeSelect.value);
    var phase = phaseSelect.value === "" ? null : Number(phaseSelect.value);
    var active = data.members.map(function (member) {
      var byTheme = theme === null || member.themes.indexOf(theme) >= 0;
      var byPhase = phase === null || member.projects.some(function (k) {
        return data.projects[k].phase === phase;
      });
      return byTheme && byPhase;
    });
    var neighbours = {};
    edges.forEach(function (edge) {
      var pair = edge.pair;
      var touches = selected !== null && (pair.a === selected || pair.b === selected);
      var shown = active[pair.a] && active[pair.b] &&
        (phase === null || pair.competitors || inPhase(pair, phase)) &&
        (!pair.competitors || showAllRivals || touches);
      if (touches && shown) { neighbours[pair.a] = true; neighbours[pair.b] = true; }
      edge.line.setAttribute("class", (pair.competitors ? "edge competitors" : "edge") +
        (shown ? "" : " hidden") + (touches ? " touching" : ""));
    });
    nodes.forEach(function (node, index) {
      var classes = "node" + (active[index] ? "" : " faded") +
        (index === selected ? " selected" : "") + (neighbours[index] ? " neighbour" : "") +
        (showAllLabels || index === selected || neighbours[index] ? " labelled" : "");
      node.group.setAttribute("class", classes);
    });
    var count = active.filter(Boolean).length;
    root.querySelector(".network-count").textContent =
      text.members_shown.replace("{shown}", count).replace("{total}", data.members.length);
  }

  function list(parent, items, empty) {
    if (!items.length) { html("p", empty, parent, "empty"); return; }
    var ul = html("ul", null, parent);
    items.forEach(function (item) { html("li", item, ul); });
  }
  function select(index) {
    selected = index;
    memberSelect.value = String(index);
    var member = data.members[index];
    panel.textContent = "";
    html("h4", member.name, panel);
    html("p", member.kind_label, panel, "kind");
    html("h5", text.themes, panel);
    list(panel, member.themes.map(function (k) { return data.themes[k]; }), text.no_themes);
    html("h5", text.projects, panel);
    list(panel, member.projects.map(function (k) {
      var project = data.projects[k];
      return project.phase_label + ": " + project.label + " (" + project.status + ")";
    }), text.no_projects);
    html("h5", text.contacts, panel);
    var contacts = data.pairs.filter(function (pair) {
      return !pair.competitors && (pair.a === index || pair.b === index);
    }).map(function (pair) {
      var other = data.members[pair.a === index ? pair.b : pair.a];
      return other.name + " \u2013 " + text.trust + " " + pair.trust;
    });
    list(panel, contacts, text.no_contacts);
    var rivals = data.pairs.filter(function (pair) {
      return pair.competitors && (pair.a === index || pair.b === index);
    }).map(function (pair) {
      var other = data.members[pair.a === index ? pair.b : pair.a];
      return other.name + " \u2013 " + text.trust + " " + pair.trust;
    });
    if (rivals.length) { html("h5", text.competitors, panel); list(panel, rivals, ""); }
    html("h5", text.initiative, panel);
    html("p", member.initiative, panel, "initiative");
    html("p", text.initiative_explained, panel, "note");
    update();
  }

  themeSelect.addEventListener("change", update);
  phaseSelect.addEventListener("change", update);
  memberSelect.addEventListener("change", function () {
    if (memberSelect.value === "") { selected = null; panel.textContent = text.hint; update(); }
    else { select(Number(memberSelect.value)); }
  });
  // On paper every list is shown: open the closed ones while printing, close them afterwards.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      details.setAttribute("data-opened-for-print", "");
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-opened-for-print]").forEach(function (details) {
      details.open = false;
      details.removeAttribute("data-opened-for-print");
    });
  });
  panel.textContent = text.hint;
  root.hidden = false;
  document.documentElement.classList.add("network-ready");
  update();
})();
