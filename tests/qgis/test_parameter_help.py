"""Every parameter of every tracemob: algorithm has its own help (tooltip, qgis_process help), in French too."""
from qgis.PyQt.QtCore import QCoreApplication

from tracemob.tracemob_plugin.core import i18n as core_i18n


def _instances():
    from tracemob.processing.provider import ALGORITHMS

    out = []
    for cls in ALGORITHMS:
        alg = cls()
        alg.initAlgorithm()
        out.append(alg)
    return out


def test_every_parameter_of_every_algorithm_has_a_help(tracemob_provider):
    algorithms = tracemob_provider.algorithms()
    assert len(algorithms) >= 15
    missing = ["{}:{}".format(alg.id(), p.name()) for alg in algorithms for p in alg.parameterDefinitions()
               if not p.help().strip()]
    assert missing == []


def test_a_parameter_of_a_documented_field_shows_the_field_docstring(tracemob_provider):
    from tracemob.processing.help import field_help
    from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams

    alg = tracemob_provider.algorithm("segmenttrips")
    stay_radius = alg.parameterDefinition("STAY_RADIUS_M").help()
    assert stay_radius == field_help(SegmentationParams, "stay_radius_m")
    assert stay_radius.startswith("Radius within which a person is still at the same place")
    assert "MAX_SPEED_MPS" in alg.parameterDefinition("JUMP_MAX_POINTS").help()   # the parameter's name
    export = tracemob_provider.algorithm("exportshareable")
    assert export.parameterDefinition("K").help().startswith("A trip is published at the finest grid")


def test_helps_are_french_with_the_french_translator(french):
    core_i18n.set_translator(QCoreApplication.translate)   # as the plugin does (reset by the fixture)
    algs = {alg.name(): alg for alg in _instances()}
    seg = algs["segmenttrips"]
    assert seg.parameterDefinition("STAY_RADIUS_M").help().startswith("Rayon dans lequel une personne")
    # a docstring that goes on from the previous field: both parts in French
    share = seg.parameterDefinition("SHARE_MAX_GAP_S").help()
    assert share.startswith("Méthodes fenêtre et glissante : les déplacements commencent") and "... mais seulement" in share
    assert algs["beforeafter"].parameterDefinition("MIN_USERS").help().startswith("Confidentialité")
    assert algs["exportshareable"].parameterDefinition("K").help().startswith("Un déplacement est publié")
    english = [p.name() for alg in algs.values() for p in alg.parameterDefinitions()
               if p.help().startswith(("The ", "A ", "Only ", "How "))]
    assert english == []
