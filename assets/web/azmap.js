// azmap's own map logic: feature layers, identify (every feature under the pointer), selection,
// labels, years, presentation, and the bridge to Python.
// Python talks to the page through window.azmap; the page talks to Python through QWebChannel.
(function () {
  "use strict";
  var map, bridge = null, data, config;
  var byId = {};          // id -> entry: {id, p, feature, shape, layers: [shape, arrows...], hatch, ...}
  var order = [];         // every feature id in drawing order (later on top)
  var groups = {};        // layer key -> L.LayerGroup
  var selected = null, highlighted = [], year = null, hovered = [], presenting = false, switchedOff = {};
  var LABEL_ZOOM = {country: 4, focus: 3, exclave: 7, territory: 7, district: 8, group: 99, sea: 4, route: 6, site: 5, city: 6};
  // identify: what a click lists first (routes, then sites and cities, districts and the like, countries)
  // identify as desktop GIS does: points, then lines, then areas (the smaller areas first)
  var KIND_RANK = {site: 0, city: 0, route: 1, district: 2, territory: 2, exclave: 2, group: 3, country: 4, sea: 4};
  var LINE_TOLERANCE = 9;   // px either side of a route's drawn line that count as on it
  var POINT_TOLERANCE = 4;  // px around a site's or city's circle
  var SAME_SPOT = 4;        // px: a click this close to the last one cycles through the same features
  var GREY = "#9a9a9a", HALO = "#ffffff", SELECTED = "#00b8d4", HIGHLIGHT = "#ff00aa";
  var PRESENTING_LABEL_SCALE = 1.6;
  var LABEL_MARGIN = 3, LABEL_GAP = 2;
  var ON_GROUND = 2;         // px: a country's or area's name has the middle of its box this far inside it
  var MAX_LABEL_PIECES = 3;  // the parts of a country in view its name may go on, the largest first
  var LEADER_GAPS = [6, 14, 24, 36];  // px between a name set beside its country and the country's pole, nearest first
  // the focus country (and the chosen area) is named whenever any of it shows: where its name finds
  // no place at its size it is set smaller (these fractions of it), then led farther, with only the
  // middle of its box kept off the other countries
  var MUST_NAME_SHRINK = [0.85, 0.72, 0.6];
  var MUST_NAME_GAPS = [48, 64, 84];
  var POINTER_RANK = 3;      // the pointers are laid out after the labels of this rank (labelRank), before the rest
  var ROUTE_LABEL_CLEARANCE = 8;  // px between a route's line and its label: clear of a shared corridor

  // calls made before the bridge connects wait for it: the last call of each kind is kept
  var pending = {};
  function send(method) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge) { if (bridge[method]) bridge[method].apply(bridge, args); }
    else { pending[method] = args; }
  }

  function patterns() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
    svg.style.position = "absolute";
    var defs = document.createElementNS(ns, "defs");
    [["azmap-hatch-full", "#c0392b", 6, 0.55], ["azmap-hatch-part", "#c0392b", 10, 0.4], ["azmap-hatch-nkao", "#7b241c", 5, 0.6],
     ["azmap-hatch-nkao-part", "#7b241c", 11, 0.45]]
      .forEach(function (p) {
        var pat = document.createElementNS(ns, "pattern");
        pat.setAttribute("id", p[0]); pat.setAttribute("patternUnits", "userSpaceOnUse");
        pat.setAttribute("width", p[2]); pat.setAttribute("height", p[2]);
        pat.setAttribute("patternTransform", p[0].indexOf("azmap-hatch-nkao") === 0 ? "rotate(-45)" : "rotate(45)");
        var line = document.createElementNS(ns, "line");
        line.setAttribute("x1", 0); line.setAttribute("y1", 0); line.setAttribute("x2", 0); line.setAttribute("y2", p[2]);
        line.setAttribute("stroke", p[1]); line.setAttribute("stroke-width", 1.6); line.setAttribute("stroke-opacity", p[3]);
        pat.appendChild(line); defs.appendChild(pat);
      });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  // -- time -----------------------------------------------------------------------------------------
  // How much of a district, of the former oblast or of the group was held in the year: "full",
  // "part" or "none" (null: no year chosen). The districts were returned in October-December 2020
  // (2020 still shows them held); of the former oblast Shusha and Hadrut were retaken in November
  // 2020 (the oblast's "retaken" part: drawn as retaken, over the oblast shown partly held, from 2021)
  // and the rest in September 2023, the end of its years.
  var OBLAST_PARTLY_RETAKEN = 2021;
  function heldIn(p) {
    if (year === null) return null;
    if (p.kind === "territory") {
      var end = p.years && p.years[1];
      if (end !== null && end !== undefined && year > end) return "none";
      return year >= OBLAST_PARTLY_RETAKEN ? "part" : "full";
    }
    var occ = p.occupied || p.years;
    if (!occ) return "full";
    var held = year >= occ[0] && (year < occ[1] || (year === occ[1] && !!p.returned && year < 2021));
    if (!held) return "none";
    return p.kind === "district" && p.held === "partly" ? "part" : "full";
  }

  function exists(p) {
    if (switchedOff[p.id]) return false;  // a single route the user turned off in the legend
    if (year === null || !p.years || p.kind === "district" || p.kind === "territory" || p.kind === "group") return true;
    var a = p.years[0], b = p.years[1];
    return (a === null || a <= year) && (b === null || year <= b);
  }

  function baseStyle(e) {
    var p = e.p, s = p.style;
    var st = {color: s.stroke, weight: s.weight, opacity: s.opacity, fillColor: s.fill || "none",
              fillOpacity: s.fill ? s.fill_opacity : 0, dashArray: s.dash ? s.dash.join(" ") : null, fill: !!s.fill};
    var held = (p.kind === "district" || p.kind === "territory" || p.kind === "group") ? heldIn(p) : null;
    if (held === "none") {
      st.fillOpacity = 0.04; st.dashArray = "2 4"; st.weight = 1;
      if (p.kind === "group") st.opacity = 0.5;
    } else if (held === "part" && p.kind === "territory") {
      st.fillOpacity = 0.1; st.dashArray = "5 4"; st.weight = 1.6;
    }
    return st;
  }

  function hatchClass(e) {
    var p = e.p;
    if (p.kind === "territory") return heldIn(p) === "part" ? "azmap-hatch-nkao-part" : "azmap-hatch-nkao";
    if (p.kind === "district") return p.held === "partly" ? "azmap-hatch-part" : "azmap-hatch-full";
    return null;
  }

  function setHatch(e) {
    var cls = hatchClass(e), on = heldIn(e.p) !== "none";
    e.hatch.options.className = cls;  // a path made again (layer turned off and on) takes it
    var el = e.hatch._path;
    if (el) {
      ["azmap-hatch-full", "azmap-hatch-part", "azmap-hatch-nkao", "azmap-hatch-nkao-part"].forEach(function (c) {
        if (c !== cls) el.classList.remove(c);
      });
      el.classList.add(cls);
    }
    e.hatch.setStyle({stroke: false, fill: true, fillOpacity: on ? 1 : 0});
  }

  // -- routes drawn side by side ---------------------------------------------------------------------
  // A route shifted sideways by a number of pixels that is the same at every zoom. Web Mercator
  // keeps angles, so the direction of each vertex's shift on screen does not depend on the zoom:
  // the shifts are worked out once (shiftsFor) and added to the line's projected points whenever
  // Leaflet projects them. Hit-testing, labels and halo use the same shifted points.
  var OffsetLine = null;
  function defineOffsetLine() {
    OffsetLine = L.Polyline.extend({
      _project: function () {
        L.Polyline.prototype._project.call(this);
        var shift = this.options.shift, ring = this._rings && this._rings[0];
        if (!shift || !ring || ring.length !== shift.length) return;
        var most = 0;
        for (var i = 0; i < ring.length; i++) {
          ring[i].x += shift[i][0]; ring[i].y += shift[i][1];
          most = Math.max(most, Math.abs(shift[i][0]), Math.abs(shift[i][1]));
        }
        if (this._rawPxBounds) {
          var pad = L.point(most, most);
          this._rawPxBounds = L.bounds(this._rawPxBounds.min.subtract(pad), this._rawPxBounds.max.add(pad));
          this._updateBounds();
        }
      }
    });
  }

  // whether a line is travelled westwards as it is stored: the parallel-route rule counts its
  // offsets to the left as a route is travelled from its eastern end to its western end
  function westward(latlngs) { return latlngs[0].lng >= latlngs[latlngs.length - 1].lng; }

  // each vertex's shift in pixels for a line drawn `off` px to the left (as travelled east to west):
  // along the mean of the normals of the segments that meet there, lengthened at a bend so that both
  // segments keep their distance (at most twice the offset at a sharp bend)
  function shiftsFor(latlngs, off) {
    var n = latlngs.length, pts = latlngs.map(function (ll) { return L.CRS.EPSG3857.latLngToPoint(ll, 0); });
    var sign = westward(latlngs) ? 1 : -1, normals = [];
    for (var i = 0; i < n - 1; i++) {
      var dx = pts[i + 1].x - pts[i].x, dy = pts[i + 1].y - pts[i].y, len = Math.sqrt(dx * dx + dy * dy);
      normals.push(len > 1e-12 ? [dy / len, -dx / len] : null);  // left of the direction of drawing (y down)
    }
    var shifts = [];
    for (var v = 0; v < n; v++) {
      var a = null, b = null, k;
      for (k = v - 1; k >= 0 && !a; k--) a = normals[k];
      for (k = v; k < n - 1 && !b; k++) b = normals[k];
      a = a || b; b = b || a;
      if (!a) { shifts.push([0, 0]); continue; }
      var mx = a[0] + b[0], my = a[1] + b[1], ml = Math.sqrt(mx * mx + my * my);
      var ux = ml > 1e-9 ? mx / ml : a[0], uy = ml > 1e-9 ? my / ml : a[1];
      var stretch = 1 / Math.max(ux * a[0] + uy * a[1], 0.5);
      shifts.push([ux * stretch * off * sign, uy * stretch * off * sign]);
    }
    return shifts;
  }

  function bearing(a, b) {
    var pa = L.CRS.EPSG3857.project(a), pb = L.CRS.EPSG3857.project(b);
    return Math.atan2(-(pb.y - pa.y), pb.x - pa.x) * 180 / Math.PI;
  }

  // -- features -------------------------------------------------------------------------------------
  // features wholly outside the first view are made and put on the map right after it is ready
  // (they cannot be seen before the map moves); until then they wait here
  var later = [];
  function intersects(bbox, b) {
    return !(bbox[0] > b.getEast() || bbox[2] < b.getWest() || bbox[1] > b.getNorth() || bbox[3] < b.getSouth());
  }

  function addLater(bounds) {
    var keep = [];
    later.forEach(function (f) { if (!bounds || intersects(f.properties.bbox, bounds)) addFeature(f); else keep.push(f); });
    later = keep;
    if (selected) applySelection();
    // all the rest (bounds null) lies outside the view and its margin: no label of theirs shows
    if (bounds) layoutLabels();
  }

  // the name as print gives it (style.label_text: routes by their short names, a city without
  // "(city)", the former oblast on two lines); a district held only in part says so while occupied
  function labelText(p) {
    var text = p.text || p.name;
    if (p.kind === "district" && p.held === "partly" && heldIn(p) !== "none") text += " (partly)";
    return text;
  }

  function addFeature(f) {
    var p = f.properties, s = p.style, group = groups[p.layer], e = {id: p.id, p: p, feature: f, layers: []};
    if (f.geometry.type === "Point") {
      e.point = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      e.shape = L.circleMarker(e.point, {radius: s.radius, color: s.stroke, weight: s.weight, fillColor: s.fill,
                                         fillOpacity: s.fill_opacity, pane: "azmapSites", interactive: false});
      e.layers.push(e.shape); group.addLayer(e.shape);
    } else if (p.kind === "route") {
      var lls = f.geometry.coordinates.map(function (c) { return L.latLng(c[1], c[0]); });
      var off = (config.routeOffsets || {})[p.id] || 0;
      e.offset = off;
      e.westward = westward(lls);
      e.shifts = off ? shiftsFor(lls, off) : null;
      e.shape = new OffsetLine(lls, {shift: e.shifts, color: s.stroke, weight: s.weight, interactive: false,
                                     dashArray: s.dash ? s.dash.join(" ") : null, pane: "azmapRoutes",
                                     lineCap: "round", lineJoin: "round"});
      e.layers.push(e.shape); group.addLayer(e.shape);
      // direction of flow: small arrowheads along the line, on its shifted course
      for (var k = 1; k <= 4; k++) {
        var i = Math.floor(k * (lls.length - 1) / 5), sh = e.shifts ? e.shifts[i] : [0, 0];
        var ang = bearing(lls[i], lls[Math.min(i + 1, lls.length - 1)]);
        var arrow = L.marker(lls[i], {interactive: false, keyboard: false, pane: "azmapRoutes", icon: L.divIcon({className: "",
          html: '<div class="azmap-arrow" style="color:' + s.stroke + ';transform:rotate(' + (-ang) + 'deg)">&#10148;</div>',
          iconSize: [14, 14], iconAnchor: [7 - sh[0], 7 - sh[1]]})});
        e.layers.push(arrow); group.addLayer(arrow);
      }
    } else {
      var pane = p.kind === "country" ? "azmapCountries" : p.kind === "sea" ? "azmapSea" : "azmapRegions";
      var levels = f.geometry.type === "Polygon" ? 1 : 2;
      var latlngs = L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, levels);
      e.shape = L.polygon(latlngs, L.extend({pane: pane, interactive: false}, baseStyle(e)));
      e.layers.push(e.shape); group.addLayer(e.shape);
      var hc = hatchClass(e);
      if (hc) {
        e.hatch = L.polygon(latlngs, {pane: pane, interactive: false, stroke: false, fill: true, fillOpacity: 1, className: hc});
        group.addLayer(e.hatch);
      }
      var rg = p.retaken && p.retaken.geometry;
      if (rg) {  // the part retaken before the rest: a veil over its hatching while it stood apart
        e.retaken = L.polygon(L.GeoJSON.coordsToLatLngs(rg.coordinates, rg.type === "Polygon" ? 1 : 2),
          {pane: pane, interactive: false, color: s.stroke, weight: 1, dashArray: "1 3", fill: true,
           fillColor: "#ffffff", fillOpacity: 0, opacity: 0, className: "azmap-retaken"});
        group.addLayer(e.retaken);
      }
    }
    e.shape.on("add", function () { decorate(e); });
    if (e.shape._path) decorate(e);
    if (p.kind !== "group") {
      e.labelMin = p.role === "focus" ? LABEL_ZOOM.focus : (p.role === "other" ? 6 : LABEL_ZOOM[p.kind] || 6);
    }
    byId[p.id] = e;
    if (p.id === selected || highlighted.indexOf(p.id) >= 0) restyle(p.id);
  }

  // a route that ran elsewhere in other years (Baku–Novorossiysk through Grozny until 1999, around
  // Chechnya since) is drawn on the alignment of the year shown (the latest with no year set)
  function alignmentFor(p) {
    var all = p.alignments || [], pick = all[all.length - 1];
    if (year !== null) {
      all.forEach(function (a) {
        if ((a.years[0] === null || a.years[0] <= year) && (a.years[1] === null || year <= a.years[1])) pick = a;
      });
    }
    return pick;
  }

  function realign(id) {
    var e = byId[id];
    if (!e || !e.p.alignments || !e.p.alignments.length) return;
    var a = alignmentFor(e.p);
    if (!a || e.alignment === a) return;
    var group = groups[e.p.layer];
    e.layers.forEach(function (l) { group.removeLayer(l); });
    var label = e.labelEl;
    addFeature({type: "Feature", id: id, properties: e.p, geometry: {type: "LineString", coordinates: a.coordinates}});
    byId[id].alignment = a;
    byId[id].labelEl = label;
  }

  // keyboard: the features one can read about are reached with Tab and chosen with Enter; the
  // focused feature is shown as hovered (no browser focus ring: see azmap.css)
  function decorate(e) {
    var el = e.shape._path;
    if (!el || el.getAttribute("data-id") === e.id) return;
    el.setAttribute("data-id", e.id);
    if (e.p.kind === "country" && e.p.role === "other") return;
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", e.p.name);
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault(); ev.stopPropagation();
        send("featureClicked", e.id);
      }
    });
    el.addEventListener("focus", function () { setHover([e.id], anchorOf(e)); });
    el.addEventListener("blur", function () { setHover([], null); });
  }

  function anchorOf(e) {
    if (e.point) return e.point;
    var b = e.shape.getBounds();
    return b.isValid() ? b.getCenter() : null;
  }

  // -- identify: every feature under the pointer --------------------------------------------------------
  function insideRings(parts, pt) {
    var inside = false;
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      for (var j = 0, k = part.length - 1; j < part.length; k = j++) {
        var a = part[j], b = part[k];
        if ((a.y > pt.y) !== (b.y > pt.y) && pt.x < (b.x - a.x) * (pt.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
      }
    }
    return inside;
  }

  function insideShape(shape, lp) {
    return !!(shape._pxBounds && shape._pxBounds.contains(lp) && shape._parts && insideRings(shape._parts, lp));
  }

  function lineDistance(parts, lp) {
    var best = Infinity;
    for (var i = 0; i < parts.length; i++) {
      for (var j = 1; j < parts[i].length; j++) {
        best = Math.min(best, L.LineUtil.pointToSegmentDistance(lp, parts[i][j - 1], parts[i][j]));
      }
    }
    return best;
  }

  function drawnNow(e) {
    return map.hasLayer(e.shape) && (exists(e.p) || e.id === selected);
  }

  function members(e) {
    var out = [];
    Object.keys(byId).forEach(function (id) { if (byId[id].p.group === e.id) out.push(byId[id]); });
    return out;
  }

  // distance in px from a layer point to a feature as drawn, or null when the point is not on it.
  // The group of occupied districts is an outline: it is under the pointer where one of its
  // districts is, never elsewhere inside its outline (the former oblast).
  function distanceTo(e, lp) {
    var kind = e.p.kind;
    if (kind === "route") {
      if (!e.shape._parts) return null;
      var d = lineDistance(e.shape._parts, lp);
      return d <= Math.max(LINE_TOLERANCE, e.p.style.weight / 2 + 2) ? d : null;
    }
    if (e.point) {
      if (!e.shape._point) return null;
      var dp = lp.distanceTo(e.shape._point);
      return dp <= e.shape._radius + POINT_TOLERANCE ? dp : null;
    }
    if (kind === "group") {
      return members(e).some(function (m) { return map.hasLayer(m.shape) && insideShape(m.shape, lp); }) ? 0 : null;
    }
    return insideShape(e.shape, lp) ? 0 : null;
  }

  // the ids of every feature drawn at a point of the map's container: sites and cities first, then
  // routes, districts (the former oblast, the exclave), the group, countries and the sea; the
  // nearest first within each
  function featuresAt(cp) {
    if (!map) return [];
    var lp = map.containerPointToLayerPoint(L.point(cp)), found = [];
    order.forEach(function (id, i) {
      var e = byId[id];
      if (!e || !drawnNow(e)) return;
      var d = distanceTo(e, lp);
      if (d !== null) found.push({id: id, rank: KIND_RANK[e.p.kind] === undefined ? 4 : KIND_RANK[e.p.kind], d: d, i: i});
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.d - b.d || b.i - a.i; });
    return found.slice(0, 50).map(function (h) { return h.id; });
  }

  // a click: one feature is chosen at once; several are offered (featuresAt), and clicks at the same
  // spot that find the same features choose the next of them in turn
  var cycle = null;
  function identify(cp) {
    var ids = featuresAt(cp);
    if (ids.length <= 1) {
      cycle = null;
      send("featureClicked", ids[0] || "");
      return;
    }
    // the same features, whatever their order now (a sub-pixel move of the map may swap two lines
    // the same distance away): the next of the list first offered
    var key = ids.slice().sort().join("\n");
    if (cycle && cycle.key === key && Math.abs(cp.x - cycle.x) <= SAME_SPOT && Math.abs(cp.y - cycle.y) <= SAME_SPOT) {
      cycle.index = (cycle.index + 1) % cycle.ids.length;
      if (cycle.ids[cycle.index] !== selected) cycle.echoes.push(cycle.ids[cycle.index]);
      send("featureCycled", cycle.ids[cycle.index]);  // the next of the offer: the offer stands
    } else {
      // the window selects the first of an offered list (and says so unless it is selected already)
      cycle = {key: key, ids: ids, x: cp.x, y: cp.y, index: 0, echoes: ids[0] !== selected ? [ids[0]] : []};
      send("featuresAt", ids, Math.max(0, Math.round(cp.x)), Math.max(0, Math.round(cp.y)));
    }
  }

  // a selection from the window: the echo of a choice the page itself sent leaves the turn where
  // it is (it may arrive after the next click); any other (the chooser, the panel) moves it there
  function cycleTo(id) {
    if (!cycle || !id) return;
    var echo = cycle.echoes.indexOf(id);
    if (echo >= 0) cycle.echoes.splice(0, echo + 1);
    else if (cycle.ids.indexOf(id) >= 0) cycle.index = cycle.ids.indexOf(id);
  }

  // -- hover ----------------------------------------------------------------------------------------
  var tip = null, hoverKey = "";
  function tipText(ids) {
    var names = ids.slice(0, 6).map(function (id) {
      var p = byId[id].p;  // a route says its published length
      return (p.short || p.name) + (p.length ? " \u00b7 " + p.length : "");
    });
    return names.join(", ") + (ids.length > 6 ? " and " + (ids.length - 6) + " more" : "");
  }

  function setHover(ids, latlng) {
    var key = ids.join("\n");
    if (key !== hoverKey) {
      var before = hovered[0];
      hovered = ids; hoverKey = key;
      if (before && before !== ids[0]) restyle(before);
      if (ids[0]) restyle(ids[0]);
      L.DomUtil[ids.length ? "addClass" : "removeClass"](map.getContainer(), "azmap-over");
      send("featuresHovered", ids.slice());
      send("featureHovered", ids[0] || "");
      if (tip && ids.length) {
        var el = document.createElement("span");
        el.textContent = tipText(ids);
        tip.setContent(el);
      }
    }
    if (!tip) return;
    if (ids.length && latlng && !presenting) {
      tip.setLatLng(latlng);
      if (!map.hasLayer(tip)) tip.openOn(map);
    } else if (map.hasLayer(tip)) {
      map.removeLayer(tip);
    }
  }

  // -- how each feature is drawn ----------------------------------------------------------------------
  function drawStyle(e) {
    var p = e.p, s = p.style, id = p.id;
    var isSel = id === selected, isHi = highlighted.indexOf(id) >= 0, isHover = hovered[0] === id;
    var live = exists(p), st;
    if (p.kind === "route" || e.point) {
      st = {color: s.stroke, weight: s.weight, opacity: live ? 1 : 0, fillColor: s.fill, fillOpacity: live ? s.fill_opacity : 0};
    } else {
      st = baseStyle(e);
    }
    if (!live) {
      // a chosen feature that did not exist in the year: drawn, greyed and thin; the rest is hidden
      if (isSel) { st.color = GREY; st.opacity = 0.75; st.fillColor = "#e6e6e6"; st.fillOpacity = e.point ? 0.9 : 0; }
      if (e.point) st.radius = s.radius;
      return st;
    }
    if (isHi) { st.color = HIGHLIGHT; st.weight = (s.weight || 1) + 2; st.opacity = 1; }
    if (isSel) { st.color = SELECTED; st.weight = (s.weight || 1) + (p.kind === "route" ? 2 : 3); st.opacity = 1; }
    if (isHover && !isSel) { st.weight = (s.weight || 1) + 1.5; }
    if (e.point) { st.radius = s.radius + (isSel || isHi ? 3 : 0); }
    return st;
  }

  function restyle(id) {
    var e = byId[id]; if (!e) return;
    var st = drawStyle(e), shown = exists(e.p) || id === selected;
    e.shape.setStyle(st);
    e.layers.forEach(function (l) {
      // the arrows show the flow of a route that is there in the year
      if (l instanceof L.Marker && l.getElement()) l.getElement().style.display = exists(e.p) ? "" : "none";
    });
    if (e.hatch) setHatch(e);
    if (e.retaken) {
      var apart = heldIn(e.p) === "part";
      e.retaken.setStyle({fillOpacity: apart ? 0.6 : 0, opacity: apart ? 1 : 0});
    }
    if (e.labelEl) {
      L.DomUtil[shown && !exists(e.p) ? "addClass" : "removeClass"](e.labelEl, "gone");
      var text = labelText(e.p);
      if (e.labelEl.textContent !== text) { e.labelEl.textContent = text; delete sizes[id]; }
    }
  }

  // the chosen feature on top of its neighbours, with a light halo under its outline
  var halo = null;
  function applySelection() {
    if (halo) { if (halo._azmapGroup) halo._azmapGroup.removeLayer(halo); halo = null; }
    var e = selected && byId[selected];
    if (!e || !map.hasLayer(e.shape) || !exists(e.p)) return;
    var s = e.p.style, pane = e.shape.options.pane, opts = {pane: pane, interactive: false};
    if (e.p.kind === "route") {
      // narrow: the routes that share its corridor stay in sight beside it
      halo = new OffsetLine(e.shape.getLatLngs(), L.extend(opts, {shift: e.shifts, color: HALO, opacity: 0.9,
                                                                  weight: s.weight + 2 + 3, lineCap: "round", lineJoin: "round"}));
    } else if (e.point) {
      halo = L.circleMarker(e.point, L.extend(opts, {radius: s.radius + 3 + 3, stroke: false, fill: true,
                                                    fillColor: HALO, fillOpacity: 0.9}));
    } else {
      halo = L.polygon(e.shape.getLatLngs(), L.extend(opts, {color: HALO, opacity: 0.9, weight: (s.weight || 1) + 3 + 5,
                                                            fill: false, lineJoin: "round"}));
    }
    halo._azmapGroup = groups[e.p.layer];
    halo._azmapGroup.addLayer(halo);
    // moving the path in the document takes the keyboard's focus from it: it is given back
    var focused = !!e.shape._path && document.activeElement === e.shape._path;
    e.shape.bringToFront();
    if (e.hatch && map.hasLayer(e.hatch)) e.hatch.bringToFront();
    if (focused) e.shape._path.focus({preventScroll: true});
  }

  // -- labels ---------------------------------------------------------------------------------------
  // Labels are laid out after every move: each feature's label goes to the first of its candidate
  // places that lies wholly inside the view and clear of the controls, of the sites' and cities'
  // circles and of every label placed before it (the more important first); a label with no such
  // place is left out. A country's, area's or sea's label stands on its own ground (the largest part
  // of it in view first: polygonCandidates); what the view is about but does not hold gets a
  // pointer at the view's edge instead (see "pointers").
  var labelPane = null, sizes = {};

  function labelScale() { return presenting ? PRESENTING_LABEL_SCALE : 1; }

  function labelElement(e) {
    if (!e.labelEl) {
      var el = document.createElement("div");
      el.className = "azmap-label " + e.p.kind + (e.p.role === "focus" ? " focus" : "") + (e.p.capital ? " capital" : "");
      el.setAttribute("data-id", e.id);
      el.textContent = labelText(e.p);
      el.style.display = "none";
      labelPane.appendChild(el);
      e.labelEl = el;
    }
    return e.labelEl;
  }

  function hideLabel(e) {
    if (e.labelEl) e.labelEl.style.display = "none";
    if (e.leaderEl) e.leaderEl.style.display = "none";
    e.ledFrom = null;
  }

  // `from`: the point of its ground a name set beside it is led from (null: on its ground)
  function showLabel(e, r, from, shrink) {
    var el = labelElement(e);
    el.style.display = "";
    el.style.fontSize = shrink && shrink < 1 ? (sizes[e.id][2] * shrink).toFixed(2) + "px" : "";
    L.DomUtil.setPosition(el, map.containerPointToLayerPoint(L.point(Math.round(r.x0), Math.round(r.y0))));
    L.DomUtil[exists(e.p) ? "removeClass" : "addClass"](el, "gone");
    e.ledFrom = from || null;
    if (e.leaderEl) e.leaderEl.style.display = "none";
    if (!from) return;
    if (!e.leaderEl) {
      e.leaderEl = document.createElement("div");
      e.leaderEl.className = "azmap-leader";
      labelPane.appendChild(e.leaderEl);
    }
    // from the point of its ground to the nearest point of the box
    var tx = Math.min(Math.max(from.x, r.x0), r.x1), ty = Math.min(Math.max(from.y, r.y0), r.y1);
    var line = e.leaderEl;
    line.style.display = "";
    line.style.width = Math.round(Math.sqrt((tx - from.x) * (tx - from.x) + (ty - from.y) * (ty - from.y))) + "px";
    L.DomUtil.setPosition(line, map.containerPointToLayerPoint(L.point(from.x, from.y)));
    line.style.transform += " rotate(" + Math.atan2(ty - from.y, tx - from.x) + "rad)";
  }

  function measure(list) {
    var todo = list.filter(function (e) { return !sizes[e.id]; });
    todo.forEach(function (e) {
      var el = labelElement(e);
      el.style.visibility = "hidden"; el.style.display = ""; el.style.fontSize = "";
    });
    todo.forEach(function (e) {
      sizes[e.id] = [e.labelEl.offsetWidth, e.labelEl.offsetHeight, parseFloat(getComputedStyle(e.labelEl).fontSize)];
    });
    todo.forEach(function (e) { e.labelEl.style.visibility = ""; e.labelEl.style.display = "none"; });
  }

  function labelRank(e) {
    var p = e.p;
    if (p.id === selected) return 0;
    if (p.role === "focus") return 1;
    if (p.kind === "country" && p.role === "neighbour") return 2;
    if (p.capital) return 3;
    if (p.kind === "sea") return 4;
    if (p.kind === "exclave" || p.kind === "territory") return 5;
    if (p.kind === "site") return 6;
    if (p.kind === "city") return 7;
    if (p.kind === "route") return 8;
    if (p.kind === "district") return 9;
    return 10;
  }

  // the focus country, and the chosen country or area: named whenever any of it shows
  function mustName(e) {
    return labelRank(e) <= 1 && !e.point && e.p.kind !== "route" && e.p.kind !== "group";
  }

  function wantsLabel(e, z, view) {
    if (e.labelMin === undefined || !map.hasLayer(e.shape)) return false;
    if (!(exists(e.p) || e.id === selected)) return false;
    if (z < e.labelMin && e.id !== selected && e.p.role !== "focus") return false;
    return intersects(e.p.bbox, view);
  }

  // what labels must keep clear of: the map's controls and the circles of sites and cities
  function obstacles(size) {
    var out = [], box = map.getContainer().getBoundingClientRect();
    var controls = map.getContainer().querySelectorAll(".leaflet-control");
    for (var i = 0; i < controls.length; i++) {
      var r = controls[i].getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out.push({x0: r.left - box.left, y0: r.top - box.top, x1: r.right - box.left, y1: r.bottom - box.top});
    }
    Object.keys(byId).forEach(function (id) {
      var e = byId[id];
      if (!e.point || !drawnNow(e)) return;
      var c = map.latLngToContainerPoint(e.point), rad = (e.shape._radius || e.p.style.radius) + 1;
      if (c.x < -rad || c.y < -rad || c.x > size.x + rad || c.y > size.y + rad) return;
      out.push({x0: c.x - rad, y0: c.y - rad, x1: c.x + rad, y1: c.y + rad});
    });
    return out;
  }

  function collides(r, placed) {
    for (var i = 0; i < placed.length; i++) {
      var q = placed[i];
      if (r.x0 < q.x1 + LABEL_GAP && q.x0 < r.x1 + LABEL_GAP && r.y0 < q.y1 + LABEL_GAP && q.y0 < r.y1 + LABEL_GAP) return true;
    }
    return false;
  }

  // the drawn lines of the routes in view, in container pixels, each with its route's id: a route's
  // label is set clear of the other routes' lines (in a shared corridor it would otherwise read as
  // the name of the line it sits on)
  function routeLines(size) {
    var out = [], origin = map.containerPointToLayerPoint(L.point(0, 0));
    var view = L.bounds(L.point(0, 0), L.point(size.x, size.y));
    Object.keys(byId).forEach(function (id) {
      var e = byId[id], ring = e.p.kind === "route" && drawnNow(e) && e.shape._rings && e.shape._rings[0];
      if (!ring) return;
      for (var i = 1; i < ring.length; i++) {
        var seg = L.LineUtil.clipSegment(ring[i - 1].subtract(origin), ring[i].subtract(origin), view, false, false);
        if (seg) out.push({id: id, a: seg[0], b: seg[1]});
      }
    });
    return out;
  }

  // the routes whose drawn lines cross a box (container pixels), by id
  function routesUnder(r, lines, gap) {
    var box = L.bounds(L.point(r.x0 - gap, r.y0 - gap), L.point(r.x1 + gap, r.y1 + gap)), out = [];
    lines.forEach(function (l) {
      if (out.indexOf(l.id) < 0 && L.LineUtil.clipSegment(l.a, l.b, box, false, false)) out.push(l.id);
    });
    return out;
  }

  function onRouteLine(r, lines) { return routesUnder(r, lines, LABEL_GAP).length > 0; }

  function crossesOtherRoute(r, e, lines) {
    var box = L.bounds(L.point(r.x0 - LABEL_GAP, r.y0 - LABEL_GAP), L.point(r.x1 + LABEL_GAP, r.y1 + LABEL_GAP));
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].id !== e.id && L.LineUtil.clipSegment(lines[i].a, lines[i].b, box, false, false)) return true;
    }
    return false;
  }

  function pointCandidates(e, w, h, size) {
    var c = map.latLngToContainerPoint(e.point), r = (e.shape._radius || e.p.style.radius) + 3, d = r * 0.75;
    if (c.x < 0 || c.y < 0 || c.x > size.x || c.y > size.y) return [];
    return [[c.x + r, c.y - h / 2], [c.x - r - w, c.y - h / 2], [c.x - w / 2, c.y - r - h], [c.x - w / 2, c.y + r],
            [c.x + d, c.y - d - h], [c.x + d, c.y + d], [c.x - d - w, c.y - d - h], [c.x - d - w, c.y + d]];
  }

  // the rings of each polygon of a shape (outer ring first), as Leaflet projected them
  function polygonsOf(shape) {
    var rings = shape._rings || [], ll = shape._latlngs || [], out = [], at = 0;
    if (!ll.length) return out;
    var multi = !L.LineUtil.isFlat(ll[0]);
    (multi ? ll : [ll]).forEach(function (poly) {
      out.push(rings.slice(at, at + poly.length));
      at += poly.length;
    });
    return out;
  }

  function ringArea(r) {
    var a = 0;
    for (var i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j].x - r[i].x) * (r[j].y + r[i].y);
    return Math.abs(a / 2);
  }

  // the pieces of a polygon feature inside the view (less a margin), the largest first, in container
  // points: each a polygon's outer ring and holes clipped to the view
  function visiblePieces(e, size) {
    var origin = map.containerPointToLayerPoint(L.point(0, 0)), m = LABEL_MARGIN;
    var clip = L.bounds(origin.add(L.point(m, m)), origin.add(L.point(size.x - m, size.y - m)));
    var out = [];
    polygonsOf(e.shape).forEach(function (rings) {
      if (!rings.length || rings[0].length < 3) return;
      var outer = L.PolyUtil.clipPolygon(rings[0], clip);
      if (outer.length < 3) return;
      var area = ringArea(outer), pieces = [outer];
      rings.slice(1).forEach(function (hole) {
        var c = hole.length >= 3 ? L.PolyUtil.clipPolygon(hole, clip) : [];
        if (c.length >= 3) { area -= ringArea(c); pieces.push(c); }
      });
      if (area >= 1) out.push({rings: pieces, area: area});
    });
    out.sort(function (a, b) { return b.area - a.area; });
    return out.slice(0, MAX_LABEL_PIECES).map(function (piece) {
      piece.rings = piece.rings.map(function (r) {
        return L.LineUtil.simplify(r.map(function (pt) { return pt.subtract(origin); }), 1);
      });
      return piece;
    });
  }

  // signed distance from a point to a polygon's edges (positive inside)
  function edgeDistance(x, y, rings) {
    var pt = L.point(x, y), best = Infinity;
    rings.forEach(function (r) {
      for (var i = 0, j = r.length - 1; i < r.length; j = i++) best = Math.min(best, L.LineUtil.pointToSegmentDistance(pt, r[j], r[i]));
    });
    return insideRings(rings, pt) ? best : -best;
  }

  // the point of a polygon farthest from its edges (its pole of inaccessibility), to `precision` px:
  // cells are split best first, and a cell is dropped once it cannot hold a better point
  function pole(rings, precision) {
    var outer = rings[0], minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    outer.forEach(function (p) { minX = Math.min(minX, p.x); minY = Math.min(minY, p.y); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y); });
    var cellSize = Math.min(maxX - minX, maxY - minY);
    if (!(cellSize > 0)) return {x: (minX + maxX) / 2, y: (minY + maxY) / 2, d: 0};
    function cell(x, y, half) { var d = edgeDistance(x, y, rings); return {x: x, y: y, h: half, d: d, max: d + half * Math.SQRT2}; }
    var heap = [];
    function push(c) {
      heap.push(c);
      for (var i = heap.length - 1; i > 0;) {
        var up = (i - 1) >> 1;
        if (heap[up].max >= heap[i].max) break;
        var t = heap[up]; heap[up] = heap[i]; heap[i] = t; i = up;
      }
    }
    function pop() {
      var top = heap[0], last = heap.pop();
      if (heap.length) {
        heap[0] = last;
        for (var i = 0; ;) {
          var l = 2 * i + 1, r = l + 1, m = i;
          if (l < heap.length && heap[l].max > heap[m].max) m = l;
          if (r < heap.length && heap[r].max > heap[m].max) m = r;
          if (m === i) break;
          var t = heap[m]; heap[m] = heap[i]; heap[i] = t; i = m;
        }
      }
      return top;
    }
    var half = cellSize / 2;
    for (var x = minX; x < maxX; x += cellSize) for (var y = minY; y < maxY; y += cellSize) push(cell(x + half, y + half, half));
    var best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0), steps = 0;
    while (heap.length && steps++ < 4000) {
      var c = pop();
      if (c.d > best.d) best = c;
      if (c.max - best.d <= precision) continue;
      var q = c.h / 2;
      push(cell(c.x - q, c.y - q, q)); push(cell(c.x + q, c.y - q, q));
      push(cell(c.x - q, c.y + q, q)); push(cell(c.x + q, c.y + q, q));
    }
    return best;
  }

  // a country's or area's name stands on its own ground: the middle of its box inside a part of it
  // in view (ON_GROUND px from its edges), on the largest part first, at that part's pole of
  // inaccessibility, then elsewhere in it, nearest first; then on its other parts in view. A box
  // kept inside the view is kept only while its middle stays on the part. The first such place that
  // is free (free(x0, y0): in view and clear of what is placed) is the one: the parts and their poles
  // are worked out only as far as needed.
  function polygonCandidates(e, w, h, size, free) {
    var m = LABEL_MARGIN, step = h + 4, shifts = [];
    function clamp(x, y) {
      return [Math.min(Math.max(x - w / 2, m), size.x - m - w), Math.min(Math.max(y - h / 2, m), size.y - m - h)];
    }
    [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -3, 3].forEach(function (j) {
      [0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75, -1, 1].forEach(function (i) { shifts.push([i * w, j * step]); });
    });
    shifts.sort(function (a, b) { return Math.abs(a[0]) / w + Math.abs(a[1]) / step - Math.abs(b[0]) / w - Math.abs(b[1]) / step; });
    var pieces = visiblePieces(e, size);
    for (var k = 0; k < pieces.length; k++) {
      var c = pole(pieces[k].rings, 2);
      for (var i = 0; i < shifts.length; i++) {
        var r = clamp(c.x + shifts[i][0], c.y + shifts[i][1]);
        if (free(r[0], r[1]) && edgeDistance(r[0] + w / 2, r[1] + h / 2, pieces[k].rings) >= ON_GROUND) return [r];
      }
    }
    return [];
  }

  // the last resort of a country's name (the chosen one's, the focus country's or a neighbour's) that
  // found no room on its ground: beside its largest part in view, nearest first, with a leader from
  // the part's pole of inaccessibility; over no other country (ledClear)
  function ledCandidates(e, w, h, size, gaps) {
    var pieces = visiblePieces(e, size), out = [];
    if (!pieces.length) return out;
    var c = pole(pieces[0].rings, 2);
    (gaps || LEADER_GAPS).forEach(function (gap) {
      for (var a = 0; a < 16; a++) {
        var dx = Math.cos(a * Math.PI / 8), dy = Math.sin(a * Math.PI / 8);
        var reach = Math.abs(dx) * w / 2 + Math.abs(dy) * h / 2 + gap;
        out.push({x: c.x + dx * reach - w / 2, y: c.y + dy * reach - h / 2, from: L.point(c.x, c.y)});
      }
    });
    return out;
  }

  // no corner and not the middle of a box over a country other than the feature named and the one
  // it lies in (a district's), whose ground is `from` (tested on the rings as projected at this zoom:
  // the drawn paths are clipped to the view after the labels are laid out)
  function ledClear(r, e, from, middleOnly) {
    var origin = map.containerPointToLayerPoint(L.point(0, 0)), home = from.add(origin);
    var pts = [[(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2]];
    if (!middleOnly) pts = pts.concat([[r.x0, r.y0], [r.x1, r.y0], [r.x0, r.y1], [r.x1, r.y1]]);
    return !Object.keys(byId).some(function (id) {
      var o = byId[id];
      if (id === e.id || o.p.kind !== "country" || !drawnNow(o) || !o.shape._rings) return false;
      var b = o.shape._rawPxBounds;
      if (e.p.kind !== "country" && (!b || b.contains(home)) && insideRings(o.shape._rings, home)) return false;
      return pts.some(function (q) {
        var lp = L.point(q[0], q[1]).add(origin);
        return (!b || b.contains(lp)) && insideRings(o.shape._rings, lp);
      });
    });
  }

  // the segments of a route's drawn line inside the view (less a margin), in container points, each
  // with how far along the part in view it starts
  function segmentsInView(e, size) {
    var ring = e.shape._rings && e.shape._rings[0], segs = [], total = 0;
    if (!ring || ring.length < 2) return segs;
    var origin = map.containerPointToLayerPoint(L.point(0, 0)), m = LABEL_MARGIN;
    var view = L.bounds(L.point(m, m), L.point(size.x - m, size.y - m));
    for (var i = 1; i < ring.length; i++) {
      var seg = L.LineUtil.clipSegment(ring[i - 1].subtract(origin), ring[i].subtract(origin), view, false, false);
      if (!seg) continue;
      var len = seg[0].distanceTo(seg[1]);
      if (len < 1) continue;
      segs.push({a: seg[0], b: seg[1], len: len, at: total});
      total += len;
    }
    return segs;
  }

  // beside the route's drawn line, away from the corridor it may share: at the middle of its part in
  // view first, then farther along
  function routeCandidates(e, w, h, size) {
    var segs = segmentsInView(e, size), last = segs[segs.length - 1], total = last ? last.at + last.len : 0;
    if (!total) return [];
    // the side the route is shifted to (left as travelled east to west), else its left
    var side = (e.offset < 0 ? -1 : 1) * (e.westward ? 1 : -1), out = [];
    [side, -side].forEach(function (sd) {
      [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9].forEach(function (f) {
        var dist = f * total, s = segs[0];
        for (var k = 0; k < segs.length; k++) { if (segs[k].at <= dist) s = segs[k]; }
        var t = Math.min(1, (dist - s.at) / s.len), dx = (s.b.x - s.a.x) / s.len, dy = (s.b.y - s.a.y) / s.len;
        var px = s.a.x + (s.b.x - s.a.x) * t, py = s.a.y + (s.b.y - s.a.y) * t;
        var nx = dy * sd, ny = -dx * sd, reach = Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2 + ROUTE_LABEL_CLEARANCE;
        out.push([px + nx * reach - w / 2, py + ny * reach - h / 2]);
      });
    });
    return out;
  }

  function candidates(e, w, h, size, free) {
    if (e.point) return pointCandidates(e, w, h, size);
    if (e.p.kind === "route") return routeCandidates(e, w, h, size);
    return polygonCandidates(e, w, h, size, free);
  }

  // several changes in one task (the ready frame's resize, move and added features) lay the
  // labels out once, at the end: see held()
  var labelsHeld = 0;
  function held(work) {
    labelsHeld++;
    try { work(); } finally { labelsHeld--; }
    layoutLabels();
  }

  function layoutLabels() {
    if (!map || !labelPane || labelsHeld) return;
    var size = map.getSize();
    if (!size.x || !size.y) return;
    var z = map.getZoom(), view = map.getBounds(), want = [];
    Object.keys(byId).forEach(function (id) {
      var e = byId[id];
      if (wantsLabel(e, z, view)) want.push(e); else hideLabel(e);
    });
    measure(want);
    var rank = {};
    order.forEach(function (id, i) { rank[id] = i; });
    want.sort(function (a, b) { return labelRank(a) - labelRank(b) || rank[a.id] - rank[b.id]; });
    var placed = obstacles(size), m = LABEL_MARGIN, lines = null, pointed = false, unnamed = [];
    function free(r) { return r.x0 >= m && r.y0 >= m && r.x1 <= size.x - m && r.y1 <= size.y - m && !collides(r, placed); }
    want.forEach(function (e) {
      // the pointers after the names of the chosen feature, the countries and the capitals
      if (!pointed && labelRank(e) > POINTER_RANK) { pointed = true; layoutPointers(placed, size, unnamed); }
      var route = e.p.kind === "route";
      if (route && !lines) lines = routeLines(size);
      // where the name goes at a size (w × h): on its ground or beside its point or line, else led
      // to it (a country's, the chosen area's), its leaders `gaps` long, clear of the other countries
      // (or only the middle of its box, `middleOnly`)
      function place(w, h, gaps, middleOnly) {
        var found = null, loose = null;
        var list = gaps ? [] : candidates(e, w, h, size, function (x0, y0) { return free({x0: x0, y0: y0, x1: x0 + w, y1: y0 + h}); });
        for (var i = 0; i < list.length && !found; i++) {
          var r = {x0: list[i][0], y0: list[i][1], x1: list[i][0] + w, y1: list[i][1] + h};
          if (!free(r)) continue;
          // a route's name over another route's line only where no place beside its own is clear
          if (route && crossesOtherRoute(r, e, lines)) { loose = loose || r; continue; }
          found = r;
        }
        found = found || loose;
        if (found) return {r: found, from: null};
        if (e.point || route || labelRank(e) > 2) return null;
        var led = ledCandidates(e, w, h, size, gaps);
        for (var j = 0; j < led.length; j++) {
          var q = {x0: led[j].x, y0: led[j].y, x1: led[j].x + w, y1: led[j].y + h};
          if (free(q) && ledClear(q, e, led[j].from, middleOnly)) return {r: q, from: led[j].from};
        }
        return null;
      }
      var w = sizes[e.id][0], h = sizes[e.id][1], shrink = 1, at = place(w, h);
      if (!at && mustName(e)) {
        // smaller on its ground; smaller beside it, on short leaders; then with only the middle of
        // the box kept off the other countries; last, on longer leaders
        var tries = [], sizes1 = [1].concat(MUST_NAME_SHRINK);
        MUST_NAME_SHRINK.forEach(function (f) { tries.push([f, null, false]); });
        MUST_NAME_SHRINK.forEach(function (f) { tries.push([f, LEADER_GAPS, false]); });
        sizes1.forEach(function (f) { tries.push([f, LEADER_GAPS, true]); });
        sizes1.forEach(function (f) { tries.push([f, MUST_NAME_GAPS, false]); });
        sizes1.forEach(function (f) { tries.push([f, MUST_NAME_GAPS, true]); });
        for (var t = 0; t < tries.length && !at; t++) {
          at = place(Math.ceil(w * tries[t][0]) + 1, Math.ceil(h * tries[t][0]), tries[t][1], tries[t][2]);
          if (at) shrink = tries[t][0];
        }
      }
      var found = at && at.r;
      if (found) { placed.push(found); showLabel(e, found, at.from, shrink); } else { hideLabel(e); }
      // a pointer toward it, if only a corner of it shows (not for a country of which nothing shows
      // whose box reaches into the view: Russia's, across the date line)
      if (!found && e.p.kind === "country" && labelRank(e) <= 2 && visiblePieces(e, size).length) unnamed.push(e);
    });
    if (!pointed) layoutPointers(placed, size, unnamed);
    layoutPlaceLabels(placed);  // the places the sources name, where the features' labels leave room
    labelPane.style.visibility = "";
    if (pointerLayer) pointerLayer.style.visibility = "";
  }

  // -- pointers -------------------------------------------------------------------------------------
  // What the view is about but does not hold gets a pointer at the view's edge, by print's rule
  // (azmap/export/pointers.py; the page is given each feature's "aim", each route's "terminals" and
  // "crosses" by azmap/mapview/pointer_data.py): the chosen and highlighted features wholly outside
  // the view; the towns at the ends of the chosen route and of the routes the view is about (an end
  // in view, and a run in view of at least routeShare of the view's longer side); the countries such
  // a route crosses of which nothing shows; last, a neighbour whose name found no room on it. At most
  // config.pointers.max, the most important first. A pointer says the direction from the view's
  // centre (one of eight arrows), the name and, for a town, its great-circle distance from the edge;
  // it stands where that direction leaves the view, slid along the edge clear of the controls and the
  // labels; a click or Enter brings what it points to into view.
  var pointerLayer = null, pointerEls = {}, shownPointers = [];
  var EARTH_KM = 6371.0088;  // the mean radius

  // print's: the arrows and their directions in words, anticlockwise from east; how many; a route's share
  function pointerRule() { return config.pointers; }

  function outsideView(e, view) {
    return e.point ? !view.contains(e.point) : !intersects(e.p.bbox, view);
  }

  // a route the view is about: one of its ends in view and a long run in it
  function viewIsAbout(e, view, size) {
    var lls = e.shape.getLatLngs();
    if (!lls.length || !(view.contains(lls[0]) || view.contains(lls[lls.length - 1]))) return false;
    var segs = segmentsInView(e, size), last = segs[segs.length - 1];
    return !!last && last.at + last.len >= pointerRule().routeShare * Math.max(size.x, size.y);
  }

  function pointerTargets(view, size, unnamed) {
    var out = [], seen = {}, chosen = (selected ? [selected] : []).concat(highlighted);
    function add(e, at, rank, partly) {
      if (!e || seen[e.id] || !at || !(partly || outsideView(e, view))) return;
      seen[e.id] = true;
      out.push({e: e, at: L.latLng(at), rank: rank, town: !!e.point});
    }
    chosen.forEach(function (id) {
      var e = byId[id];
      if (e && e.p.kind !== "group" && (exists(e.p) || id === selected)) add(e, e.point || e.p.aim, 0);
    });
    var routes = Object.keys(byId).map(function (id) { return byId[id]; }).filter(function (e) {
      return e.p.kind === "route" && drawnNow(e) && (chosen.indexOf(e.id) >= 0 || viewIsAbout(e, view, size));
    });
    routes.forEach(function (r) {
      (r.p.terminals || []).forEach(function (id) { var t = byId[id]; if (t && drawnNow(t)) add(t, t.point, 1); });
    });
    routes.forEach(function (r) { (r.p.crosses || []).forEach(function (c) { add(byId[c[0]], [c[1], c[2]], 2); }); });
    unnamed.forEach(function (e) { if (e.p.aim && !view.contains(L.latLng(e.p.aim))) add(e, e.p.aim, 3, true); });
    out.sort(function (a, b) { return a.rank - b.rank; });
    return out.slice(0, pointerRule().max);
  }

  // where the ray from the view's centre toward a point leaves the view (less a margin)
  function edgeExit(size, c, t) {
    var m = LABEL_MARGIN, x0 = m, y0 = m, x1 = size.x - m, y1 = size.y - m, dx = t.x - c.x, dy = t.y - c.y, best = null;
    [["right", dx > 0 ? (x1 - c.x) / dx : null], ["left", dx < 0 ? (x0 - c.x) / dx : null],
     ["bottom", dy > 0 ? (y1 - c.y) / dy : null], ["top", dy < 0 ? (y0 - c.y) / dy : null]].forEach(function (s) {
      if (s[1] !== null && (!best || s[1] < best[1])) best = s;
    });
    if (!best) return null;
    return {side: best[0], x: Math.min(Math.max(c.x + dx * best[1], x0), x1), y: Math.min(Math.max(c.y + dy * best[1], y0), y1)};
  }

  function greatCircleKm(a, b) {
    var r = Math.PI / 180, dLat = (b.lat - a.lat) * r, dLng = (b.lng - a.lng) * r;
    var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.pow(Math.sin(dLng / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  // as print rounds it (round_km), by its steps (config.pointers.kmSteps: below a distance, the step)
  function roundKm(km) {
    var steps = pointerRule().kmSteps, step = steps[steps.length - 1][1];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i][0] === null || km < steps[i][0]) { step = steps[i][1]; break; }
    }
    return Math.max(step, Math.round(km / step) * step);
  }

  function pointerElement(id) {
    var el = pointerEls[id];
    if (el) return el;
    el = document.createElement("div");
    el.className = "azmap-pointer";
    el.setAttribute("data-id", id);
    el.setAttribute("role", "button");
    el.setAttribute("tabindex", "0");
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    // no feature is hovered through it, but the pointer's place on the map is still said (the
    // window's coordinates do not freeze over a pointer)
    L.DomEvent.on(el, "mousemove", function (ev) {
      L.DomEvent.stopPropagation(ev);
      var ll = map.mouseEventToLatLng(ev);
      send("mouseMoved", ll.lat, ll.lng);
      setHover([], null);
    });
    el.addEventListener("click", function (ev) { ev.preventDefault(); bringIntoView(id); });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); ev.stopPropagation(); bringIntoView(id); }
    });
    pointerLayer.appendChild(el);
    pointerEls[id] = el;
    return el;
  }

  // what a pointer points to, brought into view: a town or a shape that fits at this zoom is moved
  // to the middle of the view, a larger shape fitted
  function bringIntoView(id) {
    var e = byId[id];
    if (!e) return false;
    if (e.point) { map.panTo(e.point); return true; }
    var b = e.shape.getBounds();
    if (map.getBoundsZoom(b) >= map.getZoom()) map.panTo(b.getCenter());
    else map.fitBounds(b, {padding: [40, 40]});
    return true;
  }

  // the pointers laid out clear of `placed` (the controls and the labels placed so far), which
  // they join
  function layoutPointers(placed, size, unnamed) {
    shownPointers = [];
    var keep = {}, lines = pointerLayer ? routeLines(size) : [];
    if (pointerLayer) {
      var c = L.point(size.x / 2, size.y / 2), rule = pointerRule(), m = LABEL_MARGIN;
      pointerTargets(map.getBounds(), size, unnamed).forEach(function (t) {
        var p = map.latLngToContainerPoint(t.at), exit = edgeExit(size, c, p);
        if (!exit) return;
        var k = ((Math.round(Math.atan2(c.y - p.y, p.x - c.x) * 180 / Math.PI / 45) % 8) + 8) % 8;
        var arrow = rule.arrows.charAt(k), name = t.e.p.text || t.e.p.name, km = null;
        if (t.town) km = roundKm(greatCircleKm(map.containerPointToLatLng([exit.x, exit.y]), t.at));
        var dist = km === null ? "" : km.toLocaleString("en-GB") + " km", el = pointerElement(t.e.id);
        var what = km === null ? name : name + " " + dist;
        // the arrow at the end on the right edge, at the start elsewhere (print's pointer_text); in
        // words as print's alt text says it (in_words)
        el.textContent = exit.side === "right" ? what + " " + arrow : arrow + " " + what;
        el.setAttribute("aria-label", (km === null ? name + "," : name + ", " + dist) + " to the " + rule.words[k]);
        el.style.display = "";
        var w = el.offsetWidth, h = el.offsetHeight, along = exit.side === "left" || exit.side === "right";
        var x = exit.side === "left" ? m : exit.side === "right" ? size.x - m - w : exit.x - w / 2;
        var y = exit.side === "top" ? m : exit.side === "bottom" ? size.y - m - h : exit.y - h / 2;
        // slid along its edge, nearest first, until clear (of the routes' lines too, where a place
        // clear of them is on the edge: "↖ Supsa" over BTC reads as BTC's name)
        var step = along ? h + LABEL_GAP : w / 4 + LABEL_GAP, reach = along ? size.y : size.x, found = null, loose = null;
        for (var i = 0; i < 2 * reach / step && !found; i++) {
          var d = (i % 2 ? -1 : 1) * Math.ceil(i / 2) * step;
          var x0 = along ? x : Math.min(Math.max(x + d, m), size.x - m - w), y0 = along ? Math.min(Math.max(y + d, m), size.y - m - h) : y;
          var r = {x0: x0, y0: y0, x1: x0 + w, y1: y0 + h};
          if (collides(r, placed)) continue;
          if (onRouteLine(r, lines)) { loose = loose || r; continue; }
          found = r;
        }
        found = found || loose;
        if (!found) { el.style.display = "none"; return; }
        placed.push(found);
        el.style.left = Math.round(found.x0) + "px";
        el.style.top = Math.round(found.y0) + "px";
        keep[t.e.id] = true;
        shownPointers.push({id: t.e.id, text: el.textContent, arrow: arrow, km: km, side: exit.side,
                            edge: [exit.x, exit.y], rect: [found.x0, found.y0, w, h]});
      });
    }
    Object.keys(pointerEls).forEach(function (id) { if (!keep[id]) pointerEls[id].style.display = "none"; });
  }

  // -- the view ---------------------------------------------------------------------------------------
  // the view's size on screen, from Python: asked when the bridge connects, and sent by Python
  // when the window is shown (the page usually connects while the window is still hidden)
  var shownSize = null, onShown = null;
  function viewShown(size) {
    if (!size) return;
    shownSize = size;
    window.azmapTimes.shown = performance.now();
    if (onShown) onShown();
  }

  // resolves in the animation frame in which the map container has the size the view has on
  // screen (frames run only once the page is on screen; at most 2 s after Python said the size)
  function finalSize() {
    return new Promise(function (resolve) {
      var since = null;
      function check() {
        var c = map.getContainer(), w = c.clientWidth, h = c.clientHeight;
        var ok = shownSize ? w === shownSize[0] && h === shownSize[1] : w > 0 && h > 0;
        if (ok || performance.now() - since > 2000) {
          window.azmapTimes.size = [w, h];
          window.azmapTimes.sized = performance.now();
          resolve();
        } else {
          requestAnimationFrame(check);
        }
      }
      function start() {
        if (since !== null) return;
        since = performance.now();
        requestAnimationFrame(check);
      }
      if (bridge && !shownSize) { onShown = start; } else { start(); }
    });
  }

  function reportView() {
    var c = map.getCenter();
    // whole, and never more than the view's: the view remembered from it shows at least as much
    send("viewChanged", c.lat, c.lng, Math.floor(map.getZoom() + 1e-6));
  }

  function dataBounds() {
    var x = config.extent || [16, 33, 58, 57];
    return L.latLngBounds([x[1], x[0]], [x[3], x[2]]).pad(0.02);
  }

  // the map stays over the data: it cannot be dragged past their extent (slightly padded), nor
  // zoomed out beyond the zoom (fractional) at which the whole extent fits the view: any view of
  // the data can be shown whole at any size (the rest of the view is padding around them)
  function keepToData() {
    var size = map.getSize();
    if (!size.x || !size.y) return;
    var b = dataBounds();
    map.options.maxBoundsViscosity = 1.0;
    if (!map.options.maxBounds) map.setMaxBounds(b);
    map.options.minZoom = 0;
    map.setMinZoom(Math.min(fitZoom(b), map.getBoundsZoom(b, true)));
  }

  // the largest zoom, fractional, at which the bounds fit the view whole, FIT_MARGIN px inside each
  // edge (Leaflet rounds the view's origin to whole pixels: what lies on the bounds' edges stays in)
  var FIT_MARGIN = 2;
  function fitZoom(b) {
    var snap = map.options.zoomSnap;
    map.options.zoomSnap = 0;
    try { return map.getBoundsZoom(b, false, L.point(2 * FIT_MARGIN, 2 * FIT_MARGIN)); } finally { map.options.zoomSnap = snap; }
  }

  // a saved extent as it was: the largest zoom, fractional, at which it fits, around its middle
  function fitSaved(w, s, e, n) {
    var b = L.latLngBounds([s, w], [n, e]);
    if (!b.isValid()) return false;
    var z = Math.max(fitZoom(b), map.getMinZoom());
    var mid = map.unproject(map.project(b.getNorthWest(), z).add(map.project(b.getSouthEast(), z)).divideBy(2), z);
    var snap = map.options.zoomSnap;
    map.options.zoomSnap = 0;  // Leaflet would round the zoom to its snap
    fitting++;
    try { map.setView(mid, z, {animate: false}); } finally { fitting--; map.options.zoomSnap = snap; }
    return true;
  }

  // a view (a named one: its extent and what it is about; a saved one: its extent, which is what it
  // is about): the extent fitted as fitSaved fits it where that holds the subject whole, else the
  // subject fitted (padded, never cropped). The view is held: the map fits it again when it
  // changes size, until the user moves it.
  var heldView = null, fitting = 0, homeFirst = false;
  function fitView(bounds, subject) {
    if (!fitSaved.apply(null, bounds)) return false;
    var s = subject && L.latLngBounds([subject[1], subject[0]], [subject[3], subject[2]]);
    if (s && s.isValid() && !map.getBounds().contains(s)) fitSaved.apply(null, subject);
    heldView = {bounds: bounds, subject: subject || null};
    return true;
  }

  // presentation: the bounds of the slide on screen (null when not presenting)
  var slideBounds = null, before = null;

  window.azmapTimes = {};
  // the bridge starts connecting as soon as this script runs, before Leaflet and the data are
  // parsed: Python answers between the steps of building the window. The layers are drawn
  // meanwhile; calls made before it is there are delivered when it is.
  var connected = new Promise(function (resolve) {
    if (typeof qt === "undefined" || !qt.webChannelTransport) { resolve(); return; }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      window.azmapTimes.bridge = performance.now();
      bridge.viewShown.connect(function (w, h) { viewShown([w, h]); });
      bridge.viewSize(viewShown);
      var calls = pending;
      pending = {};
      Object.keys(calls).forEach(function (m) { send.apply(null, [m].concat(calls[m])); });
      resolve();
    });
  });

  // hints in the address: the view to open at (#view=lat,lng,zoom: the view at the last close)
  // the size the map will probably have on screen (size=WxH: its size then) and the layers the
  // user turned off (off=key,key)
  function hints() {
    var out = {view: null, size: null, off: []};
    var off = /(?:^#|&)off=([\w,-]{0,400})/.exec(location.hash);
    if (off) out.off = off[1].split(",");
    var v = /(?:^#|&)view=(-?[\d.]+),(-?[\d.]+),(\d+)/.exec(location.hash);
    if (v) {
      var lat = parseFloat(v[1]), lng = parseFloat(v[2]), z = parseInt(v[3], 10);
      if (Math.abs(lat) <= 85 && Math.abs(lng) <= 360 && z >= 0 && z <= 20) out.view = [lat, lng, z];
    }
    var s = /(?:^#|&)size=(\d+)x(\d+)/.exec(location.hash);
    if (s && +s[1] >= 100 && +s[2] >= 100 && +s[1] <= 20000 && +s[2] <= 20000) out.size = [+s[1], +s[2]];
    return out;
  }

  // the bounds a view of this size around the map's centre covers, padded
  function boundsAround(size, pad) {
    var z = map.getZoom(), c = map.project(map.getCenter(), z);
    var half = L.point(size[0], size[1]).multiplyBy((1 + 2 * pad) / 2);
    return L.latLngBounds(map.unproject(c.subtract(half), z), map.unproject(c.add(half), z));
  }

  // the page is one document for the life of the window: no reload from the keyboard
  document.addEventListener("keydown", function (ev) {
    var k = ev.key;
    if (k === "F5" || k === "BrowserRefresh" || ((ev.ctrlKey || ev.metaKey) && (k === "r" || k === "R"))) ev.preventDefault();
  }, true);

  window.azmapStart = function (leafletMap) {
    window.azmapTimes.start = performance.now();
    map = leafletMap;
    defineOffsetLine();
    data = JSON.parse(document.getElementById("azmap-data").textContent);
    config = JSON.parse(document.getElementById("azmap-config").textContent);
    order = data.features.map(function (f) { return f.properties.id; });
    var hint = hints();
    if (hint.view) map.setView([hint.view[0], hint.view[1]], hint.view[2], {animate: false});
    homeFirst = !hint.view;  // no view remembered: the first view is home, fitted to the final size
    var panes = [["azmapRelief", 150], ["azmapCountries", 300], ["azmapSea", 320], ["azmapRegions", 360],
                 ["azmapRoutes", 450], ["azmapSites", 620], ["azmapLabels", 640]];
    panes.forEach(function (p) { map.createPane(p[0]).style.zIndex = p[1]; });
    labelPane = map.getPane("azmapLabels");
    labelPane.style.pointerEvents = "none";
    patterns();
    tip = L.tooltip({className: "azmap-hover", direction: "auto", offset: [14, 0], opacity: 0.95});
    config.layers.forEach(function (l) { groups[l.key] = L.layerGroup(); });
    var reliefLoaded = new Promise(function (resolve) {
      var img = L.imageOverlay(config.relief.url, config.relief.bounds, {pane: "azmapRelief", opacity: 0.75});
      img.on("load", resolve); img.on("error", resolve);
      groups.relief.addLayer(img);
      if (hint.off.indexOf("relief") >= 0) resolve();  // not on the map: it loads when turned on
    });
    if (config.online) {
      L.tileLayer(config.online.url, {attribution: config.online.attribution, pane: "azmapRelief", maxZoom: 11}).addTo(map);
    }
    // what the first view may show (the hidden page has no size yet): the bounds of a view of
    // the size it had last time (or a large screen's), generously padded
    var near = boundsAround(hint.size || [2560, 1600], 0.5);
    data.features.forEach(function (f) { if (intersects(f.properties.bbox, near)) addFeature(f); else later.push(f); });
    window.azmapTimes.added = performance.now();
    // the layers go on the map once it has its size on screen (drawn once, at that size); those
    // the user turned off last time stay off in the first frame
    function showLayers(relief) {
      config.layers.forEach(function (l) {
        if (l.on && hint.off.indexOf(l.key) < 0 && (l.key === "relief") === relief) groups[l.key].addTo(map);
      });
    }
    showLayers(true);  // the relief loads meanwhile
    // text only: no flag, no link out of the page
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth (public domain)");
    // the borders, coastlines and the Caspian come from OpenStreetMap-derived data (ODbL)
    map.attributionControl.addAttribution(config.dataAttribution || "© OpenStreetMap contributors");
    pointerLayer = L.DomUtil.create("div", "azmap-pointers", map.getContainer());
    map.on("zoomstart", function () { labelPane.style.visibility = "hidden"; pointerLayer.style.visibility = "hidden"; });
    map.on("movestart", function () { pointerLayer.style.visibility = "hidden"; });
    map.on("moveend", layoutLabels);
    map.on("moveend", reportView);
    // a move the user makes lets the held view go
    map.on("movestart zoomstart", function () { if (!fitting) heldView = null; });
    map.on("resize", function () {
      keepToData();
      if (presenting && slideBounds) fitSaved.apply(null, slideBounds);  // a slide keeps its bounds at any size
      else if (heldView) fitView(heldView.bounds, heldView.subject);  // and so does a view, until moved
      layoutLabels();
    });
    map.on("mousemove", function (e) {
      send("mouseMoved", e.latlng.lat, e.latlng.lng);
      setHover(featuresAt(e.containerPoint), e.latlng);
    });
    map.on("mouseout", function () { setHover([], null); });
    // the second click of a double click zooms in (Leaflet's own): it neither offers nor cycles again
    map.on("click", function (e) { if (!(e.originalEvent && e.originalEvent.detail > 1)) identify(e.containerPoint); });
    // ready: relief loaded, bridge connected, the map laid out at the size it has on screen (the
    // page is drawn while its window is still hidden and gets its final size only after the
    // window is shown: Python says which size to wait for), and that frame painted
    var painted = Promise.all([reliefLoaded, connected.then(placesArrived)]).then(finalSize).then(function () {
      // in the frame that has the final size: redraw for it (with any waiting feature that the
      // view at this size reaches); once the next frame begins, this one has been painted
      held(function () {
        map.invalidateSize({pan: true});  // first: with no vectors on the map yet it redraws nothing
        keepToData();
        // home whole at this size (a view Python has set meanwhile stays)
        if (homeFirst && !heldView) fitView(config.home, null);
        showLayers(false);
        addLater(map.getBounds().pad(0.1));
      });
      // the controls appear in this same frame: Python knows the final frame has reached the
      // widget when their pixels are there (readyProbes)
      map.getContainer().classList.add("azmap-final");
      window.azmapTimes.redrawn = performance.now();
      return new Promise(function (resolve) { requestAnimationFrame(resolve); });
    });
    painted.then(function () {
      window.azmapTimes.ready = performance.now();
      window.azmapTimes.inView = window.azmap.drawn();  // what the ready frame had on the map
      window.azmap.ready = true;
      send("mapReady", data.features.length);
      addLater(null);  // in this same task: any call from Python comes after
      window.azmapTimes.attached = performance.now();
    });
  };

  // pixels that only the ready frame has, with their colours, in pixels of the page: inside the
  // zoom-in button (opaque white) and on the left border of the scale line (opaque #777); the
  // controls are hidden until that frame (azmap.css), so an earlier frame has the map there
  function readyProbes() {
    var probes = [];
    var zoom = document.querySelector(".leaflet-control-zoom-in"), scale = document.querySelector(".leaflet-control-scale-line");
    if (zoom && zoom.offsetWidth > 8) {
      var z = zoom.getBoundingClientRect();
      probes.push([Math.floor(z.left + 4), Math.floor(z.top + z.height / 2), 255, 255, 255]);
    }
    if (scale && scale.offsetHeight > 4) {
      var r = scale.getBoundingClientRect();
      probes.push([Math.floor(r.left) + 1, Math.floor(r.top + r.height / 2), 119, 119, 119]);
    }
    return probes.length === 2 ? probes : [];
  }

  window.azmap = {
    ready: false,
    readyProbes: function () { return map ? readyProbes() : []; },
    select: function (id) {
      var prev = selected; selected = id || null;
      if (prev) restyle(prev);
      if (selected) restyle(selected);
      cycleTo(selected);
      if (map) { applySelection(); layoutLabels(); }
      return !!(selected && byId[selected]);
    },
    highlight: function (ids) {
      var prev = highlighted; highlighted = ids || [];
      prev.forEach(restyle); highlighted.forEach(restyle);
      if (map && (prev.length || highlighted.length)) layoutLabels();  // one beyond the view gets a pointer
      return highlighted.filter(function (i) { return !!byId[i]; }).length;
    },
    setLayer: function (key, on) {
      var g = groups[key]; if (!g) return false;
      if (!!on === map.hasLayer(g)) return true;  // as it is: nothing to lay out again
      if (on) g.addTo(map); else map.removeLayer(g);
      applySelection();
      layoutLabels();
      return true;
    },
    setYear: function (y) {
      year = (y === null || y === undefined) ? null : y;
      Object.keys(byId).forEach(realign);
      Object.keys(byId).forEach(restyle);
      applySelection();
      layoutLabels();
      return true;
    },
    // a single feature shown or not (the legend's route entries): off, it is drawn as in a year
    // before it existed (hidden, not identified, not labelled)
    setFeatureShown: function (id, on) {
      if (!byId[id]) return false;
      if (on) delete switchedOff[id]; else switchedOff[id] = true;
      restyle(id);
      applySelection();
      layoutLabels();
      return true;
    },
    // presentation: no hover tooltips, no zoom buttons, larger labels
    setPresentation: function (on) {
      // the view before presenting comes back as it was when leaving (calls arrive in order: this
      // one before the first slide's)
      if (on && !presenting) before = {center: map.getCenter(), zoom: map.getZoom()};
      if (!on && presenting && before) map.setView(before.center, before.zoom, {animate: false});
      presenting = !!on;
      if (!presenting) { slideBounds = null; before = null; }
      var c = map.getContainer();
      L.DomUtil[presenting ? "addClass" : "removeClass"](c, "azmap-presenting");
      c.style.setProperty("--azmap-label-scale", String(labelScale()));
      sizes = {};
      if (presenting && tip && map.hasLayer(tip)) map.removeLayer(tip);
      layoutLabels();
      return presenting;
    },
    // bring features into view (stepping through passages with the keyboard): the map moves only
    // when some are out of view; countries and the sea count only when nothing smaller is named
    follow: function (ids) {
      var es = (ids || []).map(function (i) { return byId[i]; }).filter(function (e) { return e && drawnNow(e); });
      var small = es.filter(function (e) { return e.p.kind !== "country" && e.p.kind !== "sea"; });
      if (small.length) es = small;
      if (!es.length) return false;
      var b = L.latLngBounds([]);
      es.forEach(function (e) { if (e.point) b.extend(e.point); else b.extend(e.shape.getBounds()); });
      if (!b.isValid() || map.getBounds().contains(b)) return false;
      map.fitBounds(b, {padding: [40, 40], maxZoom: Math.max(map.getZoom(), 7), animate: false});
      return true;
    },
    fitFeature: function (id) {
      var e = byId[id]; if (!e) return false;
      if (e.point) { map.setView(e.point, Math.max(map.getZoom(), 8)); }
      else { map.fitBounds(e.shape.getBounds(), {padding: [40, 40], maxZoom: 9}); }
      return true;
    },
    // views set from outside arrive at once (no animation still running when the next call comes)
    setView: function (lat, lng, zoom) { map.setView([lat, lng], zoom, {animate: false}); return true; },
    getBounds: function () { var b = map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; },
    fitBounds: function (w, s, e, n) { return fitView([w, s, e, n], null); },
    // a named view: its extent, and the subject it must hold whole (W, S, E, N each)
    fitView: function (bounds, subject) { return fitView(bounds, subject); },
    // the view held (fitted again as the map changes size): its extent and subject, or null
    heldView: function () { return heldView; },
    // a slide's saved bounds: fitted now and again whenever the map changes size while presenting
    fitSlide: function (w, s, e, n) { slideBounds = [w, s, e, n]; return fitSaved(w, s, e, n); },
    getView: function () { var c = map.getCenter(); return [c.lat, c.lng, map.getZoom()]; },
    resetView: function () { return fitView(config.home, null); },
    layerCount: function () { return Object.keys(byId).length; },
    drawn: function () { return Object.keys(byId).filter(function (i) { return map.hasLayer(byId[i].layers[0]); }); },
    visibleLayers: function () { return Object.keys(groups).filter(function (k) { return map.hasLayer(groups[k]); }); },
    screenPoint: function (lat, lng) { var p = map.latLngToContainerPoint([lat, lng]); return [p.x, p.y]; },
    // the [lat, lng] at a point of the view (container pixels)
    latLngAt: function (x, y) { var ll = map.containerPointToLatLng([x, y]); return [ll.lat, ll.lng]; },
    // every feature drawn at a point of the view (container pixels), in the order a click offers them
    featuresAt: function (x, y) { return featuresAt(L.point(x, y)); },
    // a point of a route as drawn (shifted beside its corridor): fraction t of its segment i, in container pixels
    drawnPoint: function (id, i, t) {
      var e = byId[id], ring = e && e.shape._rings && e.shape._rings[0];
      if (!ring || i < 0 || i >= ring.length - 1) return null;
      var a = ring[i], b = ring[i + 1], p = map.layerPointToContainerPoint(L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t));
      return [p.x, p.y];
    },
    // a route's drawn course, as [lat, lng] pairs
    routeLatLngs: function (id) {
      var e = byId[id];
      return e && e.shape.getLatLngs ? e.shape.getLatLngs().map(function (ll) { return [ll.lat, ll.lng]; }) : null;
    },
    // the pointers shown: id, text, arrow, km (a town's), the side of the view and the point of its
    // edge they stand at, and their boxes, in container pixels
    pointers: function () { return shownPointers.slice(); },
    // the routes whose drawn lines cross each pointer shown: [{id, routes}]
    pointersOnRoutes: function () {
      var lines = routeLines(map.getSize());
      return shownPointers.map(function (p) {
        var r = {x0: p.rect[0], y0: p.rect[1], x1: p.rect[0] + p.rect[2], y1: p.rect[1] + p.rect[3]};
        return {id: p.id, routes: routesUnder(r, lines, 0)};
      });
    },
    // the labels shown, with their boxes in container pixels
    labels: function () {
      var box = map.getContainer().getBoundingClientRect(), out = [];
      Object.keys(byId).forEach(function (id) {
        var el = byId[id].labelEl;
        if (!el || el.style.display === "none") return;
        var r = el.getBoundingClientRect();
        var from = byId[id].ledFrom;  // a name set beside its ground: the point of it it is led from
        out.push({id: id, text: el.textContent, rect: [r.left - box.left, r.top - box.top, r.width, r.height],
                  led: from ? [from.x, from.y] : null});
      });
      return out;
    },
    // how a feature is drawn now: colour, weight, opacity, and whether it lies on top of its pane
    drawStyle: function (id) {
      var e = byId[id]; if (!e) return null;
      var o = e.shape.options, el = e.shape._path, last = el && el.parentNode ? el.parentNode.lastElementChild : null;
      var onTop = !!el && (last === el || (!!e.hatch && last === e.hatch._path && e.hatch._path.previousElementSibling === el));
      return {color: o.color, weight: o.weight, opacity: o.opacity, fillOpacity: o.fillOpacity, onTop: onTop,
              halo: !!halo && selected === id};
    },
    selected: function () { return selected; },
    hovered: function () { return hovered.slice(); },
    opacityOf: function (id) { var e = byId[id]; return e ? e.shape.options.opacity : null; },
    styleOf: function (id) { var e = byId[id]; return e ? e.shape.options.color : null; }
  };
  // -- the places the sources name (azmap/mapview/places_layer.py) -----------------------------------
  // points in the "places" layer, sized by how many passages name them; a click selects one like a
  // feature ("place:ID"). The page asks Python for them once the bridge is there (Python says null
  // while it has no store yet, and sends them when it has) and draws them in its ready frame; Python
  // sends them again when documents change
  var places = {}, PLACE_FILL = "#5b3f8c", PLACE_UNSURE_FILL = "#a99bc4", PLACES_WAIT_MS = 1500;
  var placesList = null, placesStarted = false, placesDone = null;
  var PLACE_LABEL_ZOOM = 8, placeLabels = [];
  function placeRadius(n) { return Math.min(12, 2.5 + 1.6 * Math.sqrt(Math.max(1, n))); }
  function placeStyle(q) {
    var on = selected === q.id || highlighted.indexOf(q.id) >= 0;
    return {radius: placeRadius(q.n) + (on ? 2 : 0), color: on ? (selected === q.id ? SELECTED : HIGHLIGHT) : HALO,
            weight: on ? 3 : 1, fillColor: q.unsure ? PLACE_UNSURE_FILL : PLACE_FILL, fillOpacity: 0.85};
  }
  function restylePlaces() { Object.keys(places).forEach(function (id) { places[id].m.setStyle(placeStyle(places[id].q)); }); }
  function placesArrived() {
    return new Promise(function (resolve) {
      var finished = false;
      placesDone = function () {
        if (finished) return;
        finished = true; placesStarted = true;
        drawPlaces(placesList || []);
        resolve();
      };
      if (placesList || !bridge || !bridge.places) { placesDone(); return; }
      bridge.places(function (list) { if (list && !placesList) { placesList = list; placesDone(); } });
      setTimeout(placesDone, PLACES_WAIT_MS);
    });
  }
  window.azmap.setPlaces = function (list) {
    placesList = list || [];
    if (placesStarted) return drawPlaces(placesList);
    if (placesDone) placesDone();
    return 0;
  };
  function drawPlaces(list) {
    var g = groups.places; if (!g || !map) return 0;
    if (!map.getPane("azmapPlaces")) map.createPane("azmapPlaces").style.zIndex = 610;
    g.clearLayers(); places = {};
    (list || []).slice().sort(function (a, b) { return b.n - a.n; }).forEach(function (q) {
      var m = L.circleMarker([q.lat, q.lon], L.extend({pane: "azmapPlaces", bubblingMouseEvents: false}, placeStyle(q)));
      m.bindTooltip(q.name + " · " + q.n + (q.n === 1 ? " passage" : " passages") + (q.unsure ? " (unsure)" : ""),
                    {className: "azmap-hover", direction: "auto", offset: [10, 0]});
      m.on("click", function () { send("featureClicked", q.id); });
      places[q.id] = {q: q, m: m}; g.addLayer(m);
    });
    layoutLabels();  // the features' labels, then the places' names (layoutPlaceLabels)
    return Object.keys(places).length;
  }
  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  // from zoom 8 the places are named, the most named first, right or left of their point, where
  // neither a feature's label, another place's name nor the view's edge is in the way
  function layoutPlaceLabels(taken) {
    var g = groups.places;
    if (!g) return;
    placeLabels.forEach(function (l) { g.removeLayer(l); });
    placeLabels = [];
    if (!map || map.getZoom() < PLACE_LABEL_ZOOM || !map.hasLayer(g)) return;
    var size = map.getSize(), placed = (taken || []).slice();
    Object.keys(places).map(function (id) { return places[id]; }).sort(function (a, b) { return b.q.n - a.q.n; })
      .forEach(function (e) {
        var p = map.latLngToContainerPoint(e.m.getLatLng()), r = placeRadius(e.q.n) + 3;
        var w = Math.ceil(e.q.name.length * 6.6) + 4, h = 14;
        var spots = [[p.x + r, p.y - h / 2], [p.x - r - w, p.y - h / 2]];
        for (var i = 0; i < spots.length; i++) {
          var rect = {x0: spots[i][0], y0: spots[i][1], x1: spots[i][0] + w, y1: spots[i][1] + h};
          if (rect.x0 < 2 || rect.y0 < 2 || rect.x1 > size.x - 2 || rect.y1 > size.y - 2 || collides(rect, placed)) continue;
          placed.push(rect);
          var label = L.marker(e.m.getLatLng(), {pane: "azmapPlaces", interactive: false, keyboard: false,
            icon: L.divIcon({className: "", iconSize: [w, h], iconAnchor: [p.x - rect.x0, p.y - rect.y0],
              html: '<div style="font: 11px \'DejaVu Sans\', sans-serif; color: #3d2a5e; white-space: nowrap; ' +
                    'text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff">' + escapeText(e.q.name) + "</div>"})});
          placeLabels.push(label); g.addLayer(label);
          break;
        }
      });
  }
  window.azmap.places = function () { return Object.keys(places).map(function (id) { return places[id].q; }); };
  window.azmap.placePoint = function (id) {
    var e = places[id]; if (!e || !map.hasLayer(e.m)) return null;
    var p = map.latLngToContainerPoint(e.m.getLatLng()); return [p.x, p.y];
  };
  ["select", "highlight"].forEach(function (name) {
    var own = window.azmap[name];
    window.azmap[name] = function (x) {
      var r = own(x); restylePlaces();
      return name === "select" ? (r || !!places[x]) : r;
    };
  });
  var fitOwn = window.azmap.fitFeature;
  window.azmap.fitFeature = function (id) {
    var e = places[id]; if (!e) return fitOwn(id);
    map.setView(e.m.getLatLng(), Math.max(map.getZoom(), 8)); return true;
  };
})();
