"""Registration: one verb and one reasoning tool, their handlers imported only when used."""

from plugins.api import ReasoningTool, Verb, hookimpl


@hookimpl
def register_verbs(register):
    register(
        Verb(
            name="sigma_level",
            handler="havoc_sixsigma.verbs:sigma_level",
            summary="process sigma level from DPMO or defect counts: sigma_level dpmo=3.4",
        )
    )


@hookimpl
def register_reasoning_tools(register):
    register(
        ReasoningTool(
            name="sigma_level",
            handler="havoc_sixsigma.reasoning:plan_sigma_level",
            summary="process sigma level from DPMO or defects and units",
            keywords=((r"sigma level|\bdpmo\b|defects per million|six sigma", 3),),
            audit="havoc_sixsigma.reasoning:audit_sigma_level",
            confidence=0.9,
        )
    )
