"""Registration: one verb, its handler imported only when a study uses it."""

from plugins.api import Verb, hookimpl


@hookimpl
def register_verbs(register):
    register(
        Verb(
            name="sigma_level",
            handler="havoc_sixsigma.verbs:sigma_level",
            summary="process sigma level from DPMO or defect counts: sigma_level dpmo=3.4",
        )
    )
