// azmap's own map logic: feature layers, hover, selection, labels, years, and the bridge to Python.
// Python talks to the page through window.azmap; the page talks to Python through QWebChannel.
(function () {
  "use strict";
  var map, bridge = null, data, config;
  var byId = {};          // id -> {feature, layers: [...], label, hit}
  var groups = {};        // layer key -> L.LayerGroup
  var selected = null, highlighted = [], year = null, hovered = null;
  var LABEL_ZOOM = {country: 4, focus: 3, exclave: 7, territory: 7, district: 8, group: 99, sea: 4, route: 6, site: 5, city: 6};

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
    [["azmap-hatch-full", "#c0392b", 6, 0.55], ["azmap-hatch-part", "#c0392b", 10, 0.4], ["azmap-hatch-nkao", "#7b241c", 5, 0.6]]
      .forEach(function (p) {
        var pat = document.createElementNS(ns, "pattern");
        pat.setAttribute("id", p[0]); pat.setAttribute("patternUnits", "userSpaceOnUse");
        pat.setAttribute("width", p[2]); pat.setAttribute("height", p[2]);
        pat.setAttribute("patternTransform", p[0] === "azmap-hatch-nkao" ? "rotate(-45)" : "rotate(45)");
        var line = document.createElementNS(ns, "line");
        line.setAttribute("x1", 0); line.setAttribute("y1", 0); line.setAttribute("x2", 0); line.setAttribute("y2", p[2]);
        line.setAttribute("stroke", p[1]); line.setAttribute("stroke-width", 1.6); line.setAttribute("stroke-opacity", p[3]);
        pat.appendChild(line); defs.appendChild(pat);
      });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  function baseStyle(f) {
    var s = f.properties.style;
    var st = {color: s.stroke, weight: s.weight, opacity: s.opacity, fillColor: s.fill || "none",
              fillOpacity: s.fill ? s.fill_opacity : 0, dashArray: s.dash ? s.dash.join(" ") : null, fill: !!s.fill};
    var p = f.properties;
    if ((p.kind === "district" || p.kind === "territory") && year !== null) {
      var occ = p.occupied || p.years;
      var held = occ && year >= occ[0] && year < (p.kind === "territory" ? 2024 : occ[1]) ||
                 (p.kind === "district" && occ && year === occ[1] && p.returned && year < 2021);
      if (!held) { st.fillOpacity = 0.04; st.dashArray = "2 4"; st.weight = 1; }
    }
    return st;
  }

  function hatchClass(f) {
    var p = f.properties;
    if (p.kind === "territory") return "azmap-hatch-nkao";
    if (p.kind === "district") return p.held === "partly" ? "azmap-hatch-part" : "azmap-hatch-full";
    return null;
  }

  function exists(p) {
    if (year === null || !p.years || p.kind === "district" || p.kind === "territory" || p.kind === "group") return true;
    var a = p.years[0], b = p.years[1];
    return (a === null || a <= year) && (b === null || year <= b);
  }

  function bearing(a, b) {
    var pa = L.CRS.EPSG3857.project(a), pb = L.CRS.EPSG3857.project(b);
    return Math.atan2(-(pb.y - pa.y), pb.x - pa.x) * 180 / Math.PI;
  }

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
    updateLabels();
  }

  function addFeature(f) {
    var p = f.properties, s = p.style, group = groups[p.layer], entry = {feature: f, layers: []};
    var events = {
      click: function (e) { L.DomEvent.stopPropagation(e); send("featureClicked", p.id); },
      mouseover: function () { hover(p.id, true); },
      mouseout: function () { hover(p.id, false); }
    };
    if (f.geometry.type === "Point") {
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      var m = L.circleMarker(ll, {radius: s.radius, color: s.stroke, weight: s.weight, fillColor: s.fill,
                                  fillOpacity: s.fill_opacity, pane: "azmapSites"}).on(events);
      m.bindTooltip(p.name, {className: "azmap-hover", sticky: true});
      entry.layers.push(m); group.addLayer(m);
      entry.labelAt = ll;
    } else if (p.kind === "route") {
      var coords = f.geometry.coordinates.map(function (c) { return [c[1], c[0]]; });
      var line = L.polyline(coords, {color: s.stroke, weight: s.weight, dashArray: s.dash ? s.dash.join(" ") : null,
                                     pane: "azmapRoutes", interactive: false, lineCap: "round"});
      var hit = L.polyline(coords, {color: "#000", weight: 18, opacity: 0, pane: "azmapRoutes"}).on(events);
      hit.bindTooltip(p.name, {className: "azmap-hover", sticky: true});
      entry.layers.push(line); entry.hit = hit; group.addLayer(line); group.addLayer(hit);
      // direction of flow: small arrowheads along the line
      for (var k = 1; k <= 4; k++) {
        var i = Math.floor(k * (coords.length - 1) / 5);
        var ang = bearing(L.latLng(coords[i]), L.latLng(coords[Math.min(i + 1, coords.length - 1)]));
        var arrow = L.marker(coords[i], {interactive: false, pane: "azmapRoutes", icon: L.divIcon({className: "",
          html: '<div class="azmap-arrow" style="color:' + s.stroke + ';transform:rotate(' + (-ang) + 'deg)">&#10148;</div>',
          iconSize: [14, 14], iconAnchor: [7, 7]})});
        entry.layers.push(arrow); group.addLayer(arrow);
      }
      entry.labelAt = coords[Math.floor(coords.length / 2)];
    } else {
      var pane = p.kind === "country" ? "azmapCountries" : p.kind === "sea" ? "azmapSea" : "azmapRegions";
      var gj = L.geoJSON(f, {pane: pane, style: function () { return baseStyle(f); }}).on(events);
      gj.bindTooltip(p.name, {className: "azmap-hover", sticky: true});
      entry.layers.push(gj); group.addLayer(gj);
      var hc = hatchClass(f);
      if (hc) {
        var hatch = L.geoJSON(f, {pane: pane, interactive: false, style: function () {
          return {stroke: false, fill: true, fillOpacity: 1, className: hc}; }});
        entry.hatch = hatch; group.addLayer(hatch);
      }
      entry.labelAt = p.label;
    }
    if (entry.labelAt) {
      var cls = "azmap-label " + p.kind + (p.role === "focus" ? " focus" : "");
      var text = p.kind === "route" ? p.name.replace(/ (pipeline|railway)$/i, "") : p.name;
      if (p.kind === "district" && p.held === "partly") text += " (partly)";
      entry.label = L.marker(entry.labelAt, {interactive: false, pane: "azmapLabels",
        icon: L.divIcon({className: cls, html: escapeHtml(text), iconSize: null, iconAnchor: [0, 0]})});
      entry.labelMin = p.role === "focus" ? LABEL_ZOOM.focus : (p.role === "other" ? 6 : LABEL_ZOOM[p.kind] || 6);
    }
    byId[p.id] = entry;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; });
  }

  function updateLabels() {
    var z = map.getZoom();
    Object.keys(byId).forEach(function (id) {
      var e = byId[id];
      if (!e.label) return;
      var layerOn = map.hasLayer(groups[e.feature.properties.layer]);
      var show = layerOn && z >= e.labelMin && exists(e.feature.properties);
      if (show && !map.hasLayer(e.label)) e.label.addTo(map);
      if (!show && map.hasLayer(e.label)) map.removeLayer(e.label);
    });
  }

  function restyle(id) {
    var e = byId[id]; if (!e) return;
    var p = e.feature.properties, s = p.style;
    var isSel = id === selected, isHi = highlighted.indexOf(id) >= 0, isHover = id === hovered;
    var visible = exists(p);
    e.layers.forEach(function (l) {
      if (l.setStyle && !(l instanceof L.Marker)) {
        var st = p.kind === "route" || l instanceof L.CircleMarker ?
          {color: s.stroke, weight: s.weight, opacity: visible ? 1 : 0, fillOpacity: visible ? s.fill_opacity : 0} :
          baseStyle(e.feature);
        if (isHi) { st.color = "#ff00aa"; st.weight = (s.weight || 1) + 2; st.opacity = 1; }
        if (isSel) { st.color = "#00b8d4"; st.weight = (s.weight || 1) + 3; st.opacity = 1; }
        if (isHover && !isSel) { st.weight = (s.weight || 1) + 1.5; }
        if (l instanceof L.CircleMarker) { st.radius = s.radius + (isSel || isHi ? 3 : 0); }
        l.setStyle(st);
      }
      if (l instanceof L.Marker && l.getElement && l.getElement()) { l.getElement().style.display = visible ? "" : "none"; }
    });
    if (e.hit) { e.hit.setStyle({opacity: 0}); if (visible) { e.hit.options.interactive = true; } }
    if (e.hatch) { e.hatch.setStyle(function () { return {stroke: false, fill: true, fillOpacity: baseStyle(e.feature).fillOpacity > 0.05 ? 1 : 0,
                                                          className: hatchClass(e.feature)}; }); }
  }

  function hover(id, on) {
    var prev = hovered;
    hovered = on ? id : (hovered === id ? null : hovered);
    if (prev && prev !== hovered) restyle(prev);
    if (hovered) restyle(hovered);
    send("featureHovered", on ? id : "");
  }

  // the view's size on screen, from Python: asked when the bridge connects, and sent by Python
  // when the window is shown (the page usually connects while the window is still hidden)
  var shownSize = null, onShown = null;
  function viewShown(size) {
    if (!size) return;
    shownSize = size;
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
    send("viewChanged", c.lat, c.lng, map.getZoom());
  }

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
  // and the size the map will probably have on screen (size=WxH: its size then)
  function hints() {
    var out = {view: null, size: null};
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

  window.azmapStart = function (leafletMap) {
    window.azmapTimes.start = performance.now();
    map = leafletMap;
    data = JSON.parse(document.getElementById("azmap-data").textContent);
    config = JSON.parse(document.getElementById("azmap-config").textContent);
    var hint = hints();
    if (hint.view) map.setView([hint.view[0], hint.view[1]], hint.view[2], {animate: false});
    var panes = [["azmapRelief", 150], ["azmapCountries", 300], ["azmapSea", 320], ["azmapRegions", 360],
                 ["azmapRoutes", 450], ["azmapSites", 620], ["azmapLabels", 640]];
    panes.forEach(function (p) { map.createPane(p[0]).style.zIndex = p[1]; });
    map.getPane("azmapLabels").style.pointerEvents = "none";
    patterns();
    var start = function () {
      config.layers.forEach(function (l) { groups[l.key] = L.layerGroup(); });
      var reliefLoaded = new Promise(function (resolve) {
        var img = L.imageOverlay(config.relief.url, config.relief.bounds, {pane: "azmapRelief", opacity: 0.75});
        img.on("load", resolve); img.on("error", resolve);
        groups.relief.addLayer(img);
      });
      if (config.online) {
        L.tileLayer(config.online.url, {attribution: config.online.attribution, pane: "azmapRelief", maxZoom: 11}).addTo(map);
      }
      // what the first view may show (the hidden page has no size yet): the bounds of a view of
      // the size it had last time (or a large screen's), generously padded
      var near = boundsAround(hint.size || [2560, 1600], 0.5);
      data.features.forEach(function (f) { if (intersects(f.properties.bbox, near)) addFeature(f); else later.push(f); });
      window.azmapTimes.added = performance.now();
      config.layers.forEach(function (l) { if (l.on) groups[l.key].addTo(map); });
      map.attributionControl.addAttribution("Natural Earth (public domain)");
      map.on("zoomend", updateLabels);
      map.on("moveend", reportView);
      map.on("mousemove", function (e) { send("mouseMoved", e.latlng.lat, e.latlng.lng); });
      map.on("click", function () { send("featureClicked", ""); });
      updateLabels();
      // ready: relief loaded, bridge connected, the map laid out at the size it has on screen (the
      // page is drawn while its window is still hidden and gets its final size only after the
      // window is shown: Python says which size to wait for), and that frame painted
      var painted = Promise.all([reliefLoaded, connected]).then(finalSize).then(function () {
        // in the frame that has the final size: redraw for it (with any waiting feature that the
        // view at this size reaches); once the next frame begins, this one has been painted
        map.invalidateSize({pan: true});
        addLater(map.getBounds().pad(0.1));
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
    start();
  };

  window.azmap = {
    ready: false,
    select: function (id) {
      var prev = selected; selected = id || null;
      if (prev) restyle(prev);
      if (selected) restyle(selected);
      return !!(selected && byId[selected]);
    },
    highlight: function (ids) {
      var prev = highlighted; highlighted = ids || [];
      prev.forEach(restyle); highlighted.forEach(restyle);
      return highlighted.filter(function (i) { return !!byId[i]; }).length;
    },
    setLayer: function (key, on) {
      var g = groups[key]; if (!g) return false;
      if (on && !map.hasLayer(g)) g.addTo(map);
      if (!on && map.hasLayer(g)) map.removeLayer(g);
      updateLabels();
      return true;
    },
    setYear: function (y) {
      year = (y === null || y === undefined) ? null : y;
      Object.keys(byId).forEach(restyle);
      updateLabels();
      return true;
    },
    fitFeature: function (id) {
      var e = byId[id]; if (!e) return false;
      var l = e.layers[0];
      if (l.getBounds) { map.fitBounds(l.getBounds(), {padding: [40, 40], maxZoom: 9}); }
      else if (l.getLatLng) { map.setView(l.getLatLng(), Math.max(map.getZoom(), 8)); }
      return true;
    },
    setView: function (lat, lng, zoom) { map.setView([lat, lng], zoom); return true; },
    getBounds: function () { var b = map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; },
    fitBounds: function (w, s, e, n) { map.fitBounds([[s, w], [n, e]]); return true; },
    getView: function () { var c = map.getCenter(); return [c.lat, c.lng, map.getZoom()]; },
    resetView: function () { map.setView(config.center, config.zoom); return true; },
    layerCount: function () { return Object.keys(byId).length; },
    drawn: function () { return Object.keys(byId).filter(function (i) { return map.hasLayer(byId[i].layers[0]); }); },
    visibleLayers: function () { return Object.keys(groups).filter(function (k) { return map.hasLayer(groups[k]); }); },
    screenPoint: function (lat, lng) { var p = map.latLngToContainerPoint([lat, lng]); return [p.x, p.y]; },
    opacityOf: function (id) { var e = byId[id]; return e ? e.layers[0].options.opacity : null; },
    styleOf: function (id) { var e = byId[id]; return e && e.layers[0].options ? e.layers[0].options.color : null; }
  };
})();
