"""The explorer's state without any Qt widget: what the window, views and export all read."""
import math

import pytest

from azmap.features import gazetteer
from azmap.state import ExplorerState
from azmap.views import SavedView, ViewStore


def _recorder(state):
    calls = []
    state.observe(lambda st, changed: calls.append(changed))
    return calls


def test_selecting_btc_then_setting_the_year_to_1995_keeps_btc_selected_and_not_yet_built():
    state = ExplorerState()
    state.set_selected("btc")
    state.set_year(1995)
    assert state.selected == "btc"
    assert state.selection_status(gazetteer()).startswith("not yet built")
    state.set_year(2010)
    assert state.selection_status(gazetteer()) is None


def test_observers_hear_each_change_once_and_nothing_when_nothing_changes():
    state = ExplorerState()
    calls = _recorder(state)
    state.set_year(2001)
    state.set_year(2001)
    assert calls == [{"year"}]
    state.update(selected="tap", year=2021, near_year_only=True)
    assert calls[-1] == {"selected", "year", "near_year_only"} and len(calls) == 2


def test_a_search_replaces_the_selection_and_a_selection_the_search():
    state = ExplorerState()
    state.set_selected("gabala-radar")
    state.set_active_passage("weitz-2012:3")
    state.set_query("lease")
    assert state.selected is None and state.active_passage is None and state.query == "lease"
    state.set_selected("btc")
    assert state.query == "" and state.selected == "btc"


def test_choosing_passages_toggles_keeps_order_and_belongs_to_the_selection():
    state = ExplorerState(selected="btc")
    assert state.toggle_chosen("a:1") is True
    assert state.toggle_chosen("b:2") is True
    assert state.toggle_chosen("a:1") is False
    assert state.chosen == ["b:2"]
    state.set_selected("scp")  # another feature: a new view is being prepared
    assert state.chosen == []


def test_the_passage_filter_applies_only_when_on():
    state = ExplorerState(year=2012)
    assert state.passage_year is None
    state.set_near_year_only(True)
    assert state.passage_year == 2012


@pytest.mark.parametrize("bad", [(1, 2, 0, 3), (math.inf, 0, 1, 1), (0, math.nan, 1, 1)])
def test_an_impossible_extent_is_refused(bad):
    state = ExplorerState()
    with pytest.raises(ValueError):
        state.set_extent(bad)
    assert state.extent is None


def test_a_saved_view_round_trips_through_the_state(tmp_path):
    state = ExplorerState()
    state.update(selected="nakhchivan", year=2004, extent=(44.6, 38.8, 46.7, 39.9),
                 chosen=["weitz-2012:4", "makili-aliyev-2013:2"], caption="The exclave and its two borders")
    state.set_layer("relief", False)
    views = ViewStore(tmp_path / "views.json")
    views.add(state.to_view("Exclave"))
    loaded = views.get("Exclave")
    again = ExplorerState.from_view(loaded)
    for name in ("selected", "year", "extent", "chosen", "caption", "layers"):
        assert getattr(again, name) == getattr(state, name), name
    assert again.title == "Exclave"
    assert again.active_passage == "weitz-2012:4"
    assert again.layers["relief"] is False


def test_a_view_saved_by_an_earlier_version_is_read(tmp_path):
    (tmp_path / "views.json").write_text('{"version": 1, "views": [{"name": "Old", "bbox": [45, 39, 47, 41], '
                                         '"year": null, "layers": null, "feature": "btc", "passages": []}]}')
    state = ExplorerState.from_view(ViewStore(tmp_path / "views.json").get("Old"))
    assert state.selected == "btc" and state.extent == (45.0, 39.0, 47.0, 41.0)
    assert all(state.layers.values())  # no layers recorded: all shown


def test_a_district_after_2020_is_said_to_be_back():
    state = ExplorerState(selected="kalbajar", year=2021)
    assert state.selection_status(gazetteer()) == "back under Azerbaijani control since 2020"
    state.set_year(1991)
    assert state.selection_status(gazetteer()).startswith("not yet occupied")
