"""What the live map's pointers are given (azmap/mapview/pointer_data.py): print's rule, worked out
once from the geodata."""
from shapely.geometry import Point

from azmap.features import gazetteer
from azmap.mapview.pointer_data import aim, config, per_feature


def test_a_route_knows_the_towns_at_its_ends_and_the_countries_it_runs_through():
    gaz = gazetteer()
    data = per_feature(gaz)
    towns = {f.id for f in gaz if f.geometry_type == "Point"}
    for route in gaz.of_kind("route"):
        props = data[route.id]
        line = route.shape()
        ends = [Point(line.coords[0]), Point(line.coords[-1])]
        # each terminal is a town near one of the route's ends, and no town nearer an end is left out
        for tid in props["terminals"]:
            assert tid in towns
            assert min(gaz.get(tid).shape().distance(e) for e in ends) <= 0.25 * 2 ** 0.5, (route.id, tid)
        for t in gaz:
            if t.geometry_type == "Point" and t.kind in ("city", "site") and \
                    min(t.shape().distance(e) for e in ends) < 0.1:
                assert t.id in props["terminals"], (route.id, t.id)
        crossed = {c for c, _, _ in props["crosses"]}
        assert crossed == {c.id for c in gaz.of_kind("country") if c.shape().intersects(line)}, route.id
        for cid, lat, lng in props["crosses"]:  # the point is where the route runs inside the country
            assert gaz.get(cid).shape().buffer(1e-3).contains(Point(lng, lat)), (route.id, cid)
            assert line.distance(Point(lng, lat)) < 1e-3, (route.id, cid)
    assert set(data["btc"]["terminals"]) == {"sangachal", "ceyhan"}
    assert "italy" in {c for c, _, _ in data["tap"]["crosses"]}


def test_a_pointer_to_a_country_aims_at_its_largest_part():
    gaz = gazetteer()
    az = gaz.get("azerbaijan").shape()
    lat, lng = aim(az)
    largest = max(az.geoms, key=lambda g: g.area)
    assert largest.contains(Point(lng, lat))
    assert not gaz.get("nakhchivan").shape().contains(Point(lng, lat))  # the mainland, not the exclave
    lat, lng = aim(gaz.get("baku").shape())
    assert (lng, lat) == tuple(round(v, 4) for v in gaz.get("baku").geometry["coordinates"])


def test_the_page_is_told_the_rule_print_follows():
    from azmap.export import pointers

    rule = config()
    assert rule["arrows"] == pointers.ARROWS and len(rule["arrows"]) == 8
    assert [pointers.in_words(f"{a} Ceyhan 380 km") for a in rule["arrows"]] == \
        [f"Ceyhan, 380 km to the {w}" for w in rule["words"]]
    assert rule["max"] == pointers.MAX_POINTERS and rule["routeShare"] == pointers.ROUTE_SHARE
