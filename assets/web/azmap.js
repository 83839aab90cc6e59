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

  function finalSize() {
    return new Promise(function (resolve) {
      var want = null, since = performance.now();
      function check() {  // animation frames run only once the page is on screen
        var c = map.getContainer(), w = c.clientWidth, h = c.clientHeight;
        if ((w > 0 && h > 0 && (!want || (w === want[0] && h === want[1]))) || performance.now() - since > 2000) {
          window.azmapTimes.size = [w, h];
          resolve();
        } else {
          requestAnimationFrame(check);
        }
      }
      if (bridge && bridge.viewSize) {
        bridge.viewSize(function (size) { want = size || null; requestAnimationFrame(check); });
      } else {
        requestAnimationFrame(check);
      }
    });
  }

  function reportView() {
    var c = map.getCenter();
    send("viewChanged", c.lat, c.lng, map.getZoom());
  }

  window.azmapTimes = {};
  window.azmapStart = function (leafletMap) {
    window.azmapTimes.start = performance.now();
    map = leafletMap;
    data = JSON.parse(document.getElementById("azmap-data").textContent);
    config = JSON.parse(document.getElementById("azmap-config").textContent);
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
      data.features.forEach(addFeature);
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
      // window is shown: Python says which size to wait for), then two frames painted
      var painted = Promise.all([reliefLoaded, connected]).then(finalSize).then(function () {
        map.invalidateSize({pan: true});
        return new Promise(function (resolve) {
          requestAnimationFrame(function () { requestAnimationFrame(resolve); });
        });
      });
      painted.then(function () {
        window.azmapTimes.ready = performance.now();
        window.azmap.ready = true;
        send("mapReady", Object.keys(byId).length);
      });
    };
    // the layers are drawn while the bridge connects (Python may still be building the window);
    // clicks made meanwhile are delivered when it is there, and the map is ready only with both
    var connected = new Promise(function (resolve) {
      if (typeof qt !== "undefined" && qt.webChannelTransport) {
        new QWebChannel(qt.webChannelTransport, function (channel) {
          bridge = channel.objects.bridge;
          window.azmapTimes.bridge = performance.now();
          var calls = pending;
          pending = {};
          Object.keys(calls).forEach(function (m) { send.apply(null, [m].concat(calls[m])); });
          resolve();
        });
      } else {
        resolve();
      }
    });
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
    visibleLayers: function () { return Object.keys(groups).filter(function (k) { return map.hasLayer(groups[k]); }); },
    screenPoint: function (lat, lng) { var p = map.latLngToContainerPoint([lat, lng]); return [p.x, p.y]; },
    opacityOf: function (id) { var e = byId[id]; return e ? e.layers[0].options.opacity : null; },
    styleOf: function (id) { var e = byId[id]; return e && e.layers[0].options ? e.layers[0].options.color : null; }
  };
})();
