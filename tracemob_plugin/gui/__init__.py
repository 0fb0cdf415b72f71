"""Dialogs and actions of the Tracemob menu (QGIS GUI only); see ``plugin.TracemobPlugin._register_gui_extensions``."""
