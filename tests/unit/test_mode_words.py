"""Modes typed in text parameters (MODES=car,bus; MAP_MODE=voiture): codes and French names, case- and
accent-insensitive, one vocabulary (core/vocab/modes.py); unknown words name the parameter (no QGIS)."""
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.vocab.modes import (
    FRENCH_MODE_NAMES,
    MODES_AND_CARPOOL,
    mode_label,
    parse_mode,
    parse_modes,
)


def test_codes_pass_unchanged_in_order_without_repeats():
    assert parse_modes("car,bus", "MODES") == ["car", "bus"]
    assert parse_modes(" Car ; BUS ,car", "MODES") == ["car", "bus"]
    assert parse_modes("", "MODES") == [] and parse_modes(None, "MODES") == []
    assert parse_modes(",".join(MODES_AND_CARPOOL), "MODES") == list(MODES_AND_CARPOOL)


def test_french_names_map_to_the_codes_whatever_case_and_accents():
    assert parse_modes("voiture, bus, vélo, velo, marche, train, tram, métro, metro", "MODES") == [
        "car", "bus", "bike", "walk", "train", "tram", "metro"]
    assert parse_modes("VOITURE,Vélo,MÉTRO,Tramway,À pied", "MODES") == ["car", "bike", "metro", "tram", "walk"]
    assert parse_modes("VAE, vélo électrique, Trottinette, moto, avion, covoiturage, inconnu", "MODES") == [
        "ebike", "escooter", "motorcycle", "plane", "carpool", "unknown"]
    # every French name shown in the messages is itself accepted
    assert [parse_mode(name, "MAP_MODE") for name in FRENCH_MODE_NAMES.values()] == list(FRENCH_MODE_NAMES)


def test_an_unknown_word_names_the_parameter_and_the_accepted_values():
    with pytest.raises(InputError) as err:
        parse_modes("voiture,soucoupe", "MODES")
    text = str(err.value)
    assert "'soucoupe'" in text and "MODES" in text
    assert "coach (autocar)" in text and "ferry (bateau)" in text
    assert "car (voiture)" in text and "bike (vélo)" in text and "metro (métro)" in text


def test_one_mode_parameter_refuses_several_or_none():
    assert parse_mode("Voiture", "MAP_MODE") == "car"
    with pytest.raises(InputError, match="MAP_MODE.*'car,bus'"):
        parse_mode("car,bus", "MAP_MODE")
    with pytest.raises(InputError, match="MAP_MODE"):
        parse_mode(" ", "MAP_MODE")


def test_mode_label_is_the_english_display_name_without_a_translator():
    assert mode_label("car") == "Car" and mode_label("ebike") == "E-bike" and mode_label("carpool") == "Carpool"
    assert mode_label("hovercraft") == "hovercraft"


def test_coach_and_ferry_words_and_the_french_car():
    """"car" is the car's code (not the French "car", a coach: "autocar"); the boat words are the ferry."""
    assert parse_modes("car, autocar, Car interurbain, coach, car scolaire", "MODES") == ["car", "coach"]
    assert parse_modes("Bateau, ferry, navette fluviale, vaporetto, bac", "MODES") == ["ferry"]
    assert parse_mode("autobus", "MAP_MODE") == "bus"
