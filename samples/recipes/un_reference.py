"""Reference data of the UN sample: grades, funding, costs, regions, functions, rules,
and the field presences with their regions and backstopping divisions."""

from __future__ import annotations

from orgeditor.model import (
    CostRate,
    CostTable,
    DepartmentRole,
    FundingSource,
    Grade,
    OrgFunction,
    PresenceType,
    Region,
    RequiredBody,
    RuleSettings,
)

GRADES = [
    Grade("SG", "Secretary-General", "senior"),
    Grade("USG", "Under-Secretary-General", "senior"),
    Grade("ASG", "Assistant Secretary-General", "senior"),
    Grade("D-2", "Director (D-2)", "director"),
    Grade("D-1", "Principal Officer (D-1)", "director"),
    Grade("P-5", "Senior Officer (P-5)", "professional"),
    Grade("P-4", "First Officer (P-4)", "professional"),
    Grade("P-3", "Second Officer (P-3)", "professional"),
    Grade("P-2", "Associate Officer (P-2)", "professional"),
    Grade("P-1", "Assistant Officer (P-1)", "professional"),
    Grade("GS-PL", "General Service (Principal level)", "general-service"),
    Grade("GS-OL", "General Service (Other level)", "general-service"),
    Grade("FS", "Field Service", "field-service"),
    Grade("NO", "National Professional Officer", "national"),
    Grade("LL", "Local level", "national"),
]

FUNDING = [
    FundingSource(
        "RB",
        "Regular budget",
        "Assessed programme budget; sections 3 (Political affairs) and 5 (Peacekeeping "
        "operations) of 2018-2019 [S: A/72/772 title].",
    ),
    FundingSource(
        "SA",
        "Peacekeeping support account",
        "Support account for peacekeeping operations, 1 July-30 June [S: A/72/772 title].",
    ),
    FundingSource(
        "XB",
        "Extrabudgetary",
        "Voluntary contributions and trust funds, such as the Peacebuilding Fund and DPA's "
        "Multi-Year Appeal [S: BRIEF.md].",
    ),
]

# Illustrative New York annual full costs per post, from FACTS.md section 3.2 [I]:
# synthetic figures, not UN standard costs.
COSTS = CostTable(
    "USD",
    [
        CostRate(grade, cost)
        for grade, cost in [
            ("USG", 300_000),
            ("ASG", 275_000),
            ("D-2", 255_000),
            ("D-1", 235_000),
            ("P-5", 215_000),
            ("P-4", 190_000),
            ("P-3", 160_000),
            ("P-2", 130_000),
            ("GS-PL", 140_000),
            ("GS-OL", 110_000),
        ]
    ],
)

REGIONS = [
    Region("africa", "Africa"),
    Region("middle-east", "Middle East", "Includes North Africa's Libya and Western Sahara [I]."),
    Region("asia-pacific", "Asia and the Pacific", "Includes Afghanistan [I]. In the 2017 "
           "baseline also Central Asia, which DPA's Asia and the Pacific Division covered then "
           "(UNRCCA); from 2019 Central Asia is with Europe."),
    Region("europe-central-asia", "Europe and Central Asia"),
    Region("americas", "Americas"),
]

FUNCTIONS = [
    OrgFunction("executive-direction", "Executive direction and management"),
    OrgFunction("political-analysis", "Political analysis and early warning"),
    OrgFunction("regional-operations", "Regional political and operational guidance"),
    OrgFunction("mediation-support", "Mediation support"),
    OrgFunction("electoral-assistance", "Electoral assistance (UN system-wide focal point)"),
    OrgFunction("security-council-support", "Support to the Security Council"),
    OrgFunction("sanctions-support", "Support to sanctions monitoring groups"),
    OrgFunction("palestinian-rights", "Support to the Committee on Palestinian Rights"),
    OrgFunction("decolonization", "Support to the Special Committee on Decolonization"),
    OrgFunction("pbc-support", "Support to the Peacebuilding Commission"),
    OrgFunction("peacebuilding-policy", "Peacebuilding policy, strategy and partnerships"),
    OrgFunction("pbf-management", "Management of the Peacebuilding Fund"),
    OrgFunction("military-affairs", "Military affairs: force generation, capabilities, oversight"),
    OrgFunction("police", "Police"),
    OrgFunction("justice-corrections", "Justice and corrections"),
    OrgFunction("ssr", "Security sector reform"),
    OrgFunction("ddr", "Disarmament, demobilization and reintegration"),
    OrgFunction("mine-action", "Mine action"),
    OrgFunction("policy-evaluation-training", "Policy, evaluation and training"),
    OrgFunction("gender", "Dedicated gender, peace and security capacity"),
    OrgFunction("partnerships", "Strategic partnerships"),
    OrgFunction("administration", "Executive office: budget, staffing and shared services"),
    OrgFunction("field-presence", "Work in the field (missions, offices, envoys)"),
    # issue 21: what A/72/525 promises to keep, each given a home in the proposals
    OrgFunction("conflict-prevention", "Conflict prevention", "Preventive diplomacy, analysis "
                "and strategy, kept clear of crisis management (A/72/525 para. 38)."),
    OrgFunction("cross-regional-coordination", "Cross-regional coordination", "Cross-cutting "
                "and cross-regional issues among the regional ASGs (A/72/525 para. 41)."),
]

RULES = RuleSettings(
    cost_tolerance=0,
    senior_grade="D-1",
    regional_entry_points=True,
    entry_point_grade="ASG",
    max_span=40,
    max_layers=6,
    department_roles=[
        DepartmentRole("political", "Political and peacebuilding affairs"),
        DepartmentRole("operations", "Peace operations"),
    ],
    function_homes={
        "electoral-assistance": "political",
        "mediation-support": "political",
        "pbc-support": "political",
        "pbf-management": "political",
        "military-affairs": "operations",
        "police": "operations",
        "justice-corrections": "operations",
        "ssr": "operations",
        "ddr": "operations",
        "mine-action": "operations",
    },
    functions_together=[["police", "military-affairs"]],
    presence_leads={
        PresenceType.PEACEKEEPING_OPERATION: "operations",
        PresenceType.REGIONAL_OFFICE: "political",
        PresenceType.ENVOY: "political",
        PresenceType.POLITICAL_PROCESS_OFFICE: "political",
    },
    mission_default_lead="operations",
    gender_function="gender",
    pbf_function="pbf-management",
    required_bodies=[
        RequiredBody("principals-group", "Standing Principals' Group", "principals' group")
    ],
)

PKO = PresenceType.PEACEKEEPING_OPERATION
SPM = PresenceType.SPECIAL_POLITICAL_MISSION
RO = PresenceType.REGIONAL_OFFICE
ENVOY = PresenceType.ENVOY
PPO = PresenceType.POLITICAL_PROCESS_OFFICE
OTHER = PresenceType.OTHER

# id, short name, name, type, region, then the backstopping division in the
# baseline, in proposal A/72/525 and as approved. Missions are from the SG's
# 2018 report map and the GA's decisions [S]; regions and divisions are [I].
PRESENCES = [
    ("minurso", "MINURSO", "United Nations Mission for the Referendum in Western Sahara",
     PKO, "middle-east", "oo-asia-me", "mewa", "mewa"),
    ("minusca", "MINUSCA",
     "United Nations Multidimensional Integrated Stabilization Mission in the Central "
     "African Republic", PKO, "africa", "oo-africa2", "africa-2", "africa-div-2"),
    ("minusma", "MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission "
     "in Mali", PKO, "africa", "oo-africa2", "africa-2", "africa-div-1"),
    ("monusco", "MONUSCO", "United Nations Organization Stabilization Mission in the "
     "Democratic Republic of the Congo", PKO, "africa", "oo-africa2", "africa-2", "africa-div-2"),
    ("unamid", "UNAMID", "African Union-United Nations Hybrid Operation in Darfur",
     PKO, "africa", "oo-africa1", "africa-1", "africa-div-4"),
    ("unisfa", "UNISFA", "United Nations Interim Security Force for Abyei",
     PKO, "africa", "oo-africa1", "africa-1", "africa-div-4"),
    ("unmiss", "UNMISS", "United Nations Mission in the Republic of South Sudan",
     PKO, "africa", "oo-africa1", "africa-1", "africa-div-4"),
    ("undof", "UNDOF", "United Nations Disengagement Observer Force",
     PKO, "middle-east", "oo-asia-me", "mewa", "mewa"),
    ("unifil", "UNIFIL", "United Nations Interim Force in Lebanon",
     PKO, "middle-east", "oo-asia-me", "mewa", "mewa"),
    ("untso", "UNTSO", "United Nations Truce Supervision Organization",
     PKO, "middle-east", "oo-asia-me", "mewa", "mewa"),
    ("unmogip", "UNMOGIP", "United Nations Military Observer Group in India and Pakistan",
     PKO, "asia-pacific", "oo-asia-me", "asia-pacific", "asia-pacific"),
    ("unficyp", "UNFICYP", "United Nations Peacekeeping Force in Cyprus",
     PKO, "europe-central-asia", "oo-europe-la", "europe-ca", "europe-ca"),
    ("unmik", "UNMIK", "United Nations Interim Administration Mission in Kosovo",
     PKO, "europe-central-asia", "oo-europe-la", "europe-ca", "europe-ca"),
    ("minujusth", "MINUJUSTH", "United Nations Mission for Justice Support in Haiti",
     PKO, "americas", "oo-europe-la", "americas", "americas"),
    ("unowas", "UNOWAS", "United Nations Office for West Africa and the Sahel",
     RO, "africa", "dpa-africa2", "africa-2", "africa-div-1"),
    ("unoca", "UNOCA", "United Nations Regional Office for Central Africa",
     RO, "africa", "dpa-africa2", "africa-2", "africa-div-2"),
    ("unrcca", "UNRCCA", "United Nations Regional Centre for Preventive Diplomacy for "
     "Central Asia", RO, "europe-central-asia", "dpa-asia-pacific", "europe-ca", "europe-ca"),
    ("unsom", "UNSOM", "United Nations Assistance Mission in Somalia",
     SPM, "africa", "dpa-africa1", "africa-1", "africa-div-3"),
    ("uniogbis", "UNIOGBIS", "United Nations Integrated Peacebuilding Office in Guinea-Bissau",
     SPM, "africa", "dpa-africa2", "africa-2", "africa-div-1"),
    ("unoau", "UNOAU", "United Nations Office to the African Union",
     OTHER, "africa", "dpa-africa1", "africa-1", "africa-div-3"),
    ("cnmc", "CNMC", "Cameroon-Nigeria Mixed Commission",
     PPO, "africa", "dpa-africa2", "africa-2", "africa-div-1"),
    ("se-great-lakes", "SE Great Lakes", "Office of the Special Envoy for the Great Lakes Region",
     ENVOY, "africa", "dpa-africa1", "africa-1", "africa-div-2"),
    ("se-sudans", "SE Sudan/South Sudan", "Office of the Special Envoy for the Sudan and "
     "South Sudan", ENVOY, "africa", "dpa-africa1", "africa-1", "africa-div-4"),
    ("se-burundi", "SE Burundi", "Office of the Special Envoy for Burundi",
     ENVOY, "africa", "dpa-africa1", "africa-1", "africa-div-2"),
    ("unsmil", "UNSMIL", "United Nations Support Mission in Libya",
     SPM, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("unami", "UNAMI", "United Nations Assistance Mission for Iraq",
     SPM, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("unama", "UNAMA", "United Nations Assistance Mission in Afghanistan",
     SPM, "asia-pacific", "oo-asia-me", "asia-pacific", "asia-pacific"),
    ("se-syria", "SE Syria", "Office of the Special Envoy for Syria",
     ENVOY, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("se-yemen", "SE Yemen", "Office of the Special Envoy for Yemen",
     ENVOY, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("se-myanmar", "SE Myanmar", "Special Envoy on Myanmar",
     ENVOY, "asia-pacific", "dpa-asia-pacific", "asia-pacific", "asia-pacific"),
    ("unscol", "UNSCOL", "Office of the United Nations Special Coordinator for Lebanon",
     SPM, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("unsco", "UNSCO", "Office of the United Nations Special Coordinator for the Middle East "
     "Peace Process", PPO, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("pe-western-sahara", "PE Western Sahara", "Personal Envoy for Western Sahara",
     ENVOY, "middle-east", "dpa-mewad", "mewa", "mewa"),
    ("sa-cyprus", "SA Cyprus", "Special Adviser on Cyprus",
     ENVOY, "europe-central-asia", "dpa-europe", "europe-ca", "europe-ca"),
    ("unrgid", "UNRGID", "United Nations Representative to the Geneva International "
     "Discussions", PPO, "europe-central-asia", "dpa-europe", "europe-ca", "europe-ca"),
    ("colombia", "Colombia Mission", "United Nations Verification Mission in Colombia",
     SPM, "americas", "dpa-americas", "americas", "americas"),
]

# Special political missions led by the operations department before the reform
# [S: UNAMA, numberof.net 2014] and in proposal A/72/525 [I: the GA gave DPPA the
# lead for UNAMA and UNAMI in res. 72/262 C, so the proposal had placed them elsewhere].
OPERATIONS_LED_SPMS_BASELINE = {"unama"}
OPERATIONS_LED_SPMS_A72525 = {"unama", "unami"}
