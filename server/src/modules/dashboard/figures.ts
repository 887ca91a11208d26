import type {
  DashboardFigures,
  DossierFigure,
  IndexRow,
  PetitionFigure,
  PetitionFigureRow,
  ReceptionFigure,
  SatisfactionFigure,
  SatisfactionLevel,
  TaskFigure,
} from "@danvan/common";

export type LevelScores = Partial<Record<SatisfactionLevel, number>>;

export const NO_FIGURES: DashboardFigures = {
  satisfaction: null,
  dossiers: null,
  petitions: null,
  reception: null,
  tasks: null,
};

export function satisfactionFigure(r: IndexRow | undefined): SatisfactionFigure {
  return {
    n: r?.n ?? 0,
    verySatisfied: r?.verySatisfied ?? 0,
    satisfied: r?.satisfied ?? 0,
    dissatisfied: r?.dissatisfied ?? 0,
    satisfiedShare: r?.satisfiedShare ?? null,
    score: r?.score ?? null,
    openFollowUps: r?.openFollowUps ?? 0,
  };
}

export function petitionFigure(r: PetitionFigureRow | undefined): PetitionFigure {
  return {
    accepted: r?.accepted ?? 0,
    resolved: r?.resolved ?? 0,
    resolvedOnTime: r?.resolvedOnTime ?? 0,
    handlingRate: r?.handlingRate ?? null,
    overdue: r?.overdue ?? 0,
  };
}

const share = (num: number, n: number) => (n ? num / n : null);

/** Sums of counts; shares and the mean score are recomputed from the summed counts, never averaged. */
function sumSatisfaction(list: SatisfactionFigure[], scores: LevelScores): SatisfactionFigure {
  const s = (k: keyof SatisfactionFigure) => list.reduce((a, f) => a + Number(f[k] ?? 0), 0);
  const n = s("n");
  const weighted =
    s("verySatisfied") * (scores.very_satisfied ?? 0) +
    s("satisfied") * (scores.satisfied ?? 0) +
    s("dissatisfied") * (scores.dissatisfied ?? 0);
  return {
    n,
    verySatisfied: s("verySatisfied"),
    satisfied: s("satisfied"),
    dissatisfied: s("dissatisfied"),
    satisfiedShare: share(s("verySatisfied") + s("satisfied"), n),
    score: n ? Math.round((weighted / n) * 10) / 10 : null,
    openFollowUps: s("openFollowUps"),
  };
}

function sumDossiers(list: DossierFigure[]): DossierFigure {
  const s = (k: "n" | "early" | "onTime" | "late") => list.reduce((a, f) => a + f[k], 0);
  return {
    n: s("n"),
    early: s("early"),
    onTime: s("onTime"),
    late: s("late"),
    onTimeShare: share(s("early") + s("onTime"), s("n")),
  };
}

function sumPetitions(list: PetitionFigure[]): PetitionFigure {
  const s = (k: "accepted" | "resolved" | "resolvedOnTime" | "overdue") => list.reduce((a, f) => a + f[k], 0);
  const accepted = s("accepted");
  return {
    accepted,
    resolved: s("resolved"),
    resolvedOnTime: s("resolvedOnTime"),
    handlingRate: accepted ? Math.round((s("resolved") / accepted) * 10_000) / 10_000 : null,
    overdue: s("overdue"),
  };
}

function sumPlain<T extends ReceptionFigure | TaskFigure>(list: T[], keys: (keyof T)[]): T {
  return Object.fromEntries(keys.map((k) => [k, list.reduce((a, f) => a + Number(f[k]), 0)])) as T;
}

/** Adds figures of several units; a figure the caller cannot see (null everywhere) stays null. */
export function sumFigures(list: DashboardFigures[], scores: LevelScores): DashboardFigures {
  const pick = <K extends keyof DashboardFigures>(k: K) =>
    list.map((f) => f[k]).filter((v): v is NonNullable<DashboardFigures[K]> => v !== null);
  const sat = pick("satisfaction");
  const dos = pick("dossiers");
  const pet = pick("petitions");
  const rec = pick("reception");
  const tas = pick("tasks");
  return {
    satisfaction: sat.length ? sumSatisfaction(sat, scores) : null,
    dossiers: dos.length ? sumDossiers(dos) : null,
    petitions: pet.length ? sumPetitions(pet) : null,
    reception: rec.length ? sumPlain(rec, ["sessions", "citizens", "entries"]) : null,
    tasks: tas.length ? sumPlain(tas, ["open", "overdue"]) : null,
  };
}

/** Zero counts for every module the actor may read, null for the others. */
export function zeroFigures(may: Record<keyof DashboardFigures, boolean>): DashboardFigures {
  return {
    satisfaction: may.satisfaction ? satisfactionFigure(undefined) : null,
    dossiers: may.dossiers ? { n: 0, early: 0, onTime: 0, late: 0, onTimeShare: null } : null,
    petitions: may.petitions ? petitionFigure(undefined) : null,
    reception: may.reception ? { sessions: 0, citizens: 0, entries: 0 } : null,
    tasks: may.tasks ? { open: 0, overdue: 0 } : null,
  };
}
