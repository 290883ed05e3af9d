//! The classifier's phrases (a data table). Sources: the section titles of act 108/2006 Sb. and the
//! names of the registry's service types (`law::LAW_TYPES`), the names public guides and providers use
//! for them ("občanská poradna", "linka důvěry", "K-centrum", "respitní péče"), their usual
//! abbreviations, and the related services towns list beside them (home nursing, hospices, aids
//! lending, transport, clubs, housing). Order matters: specific phrases first, because a matched phrase
//! consumes its words. Inflected forms need no entry of their own (see `classify` for the tolerance),
//! except where the stem changes ("dům"/"domy", "služba"/"služeb").

use super::Kind::{self, Category as C, Law as L};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Names one type and nothing else.
    Strong,
    /// Points to a type but is also used for others ("domov", "poradna", "DS").
    Weak,
}

use Strength::{Strong as S, Weak as W};

pub struct Rule {
    pub phrase: &'static str,
    pub kind: Kind,
    pub strength: Strength,
}

const fn r(phrase: &'static str, kind: Kind, strength: Strength) -> Rule {
    Rule { phrase, kind, strength }
}

/// "Sociálně aktivizační služby" without a target group: §65 or §66, decided by the service's words.
pub const SAS_UNDECIDED: &str = "65/66";

/// Rewrites on folded text before words are split, for spellings the word splitter would break.
pub const REWRITES: &[(&str, &str)] = &[
    ("k-centr", "kontaktni centr"),
    ("k centr", "kontaktni centr"),
    ("senior-taxi", "senior taxi"),
    ("seniortaxi", "senior taxi"),
];

pub const RULES: &[Rule] = &[
    // Related services whose names contain a registered type's words: before the types.
    r("manželská a rodinná poradna", C("poradenstvi"), S),
    r("rodinná poradna", C("poradenstvi"), S),
    r("poradna pro rodinu", C("poradenstvi"), S),
    r("poradna pro manželství", C("poradenstvi"), S),
    r("pedagogicko-psychologická poradna", C("skolstvi"), S),
    r("speciálně pedagogické centrum", C("skolstvi"), S),
    r("domácí zdravotní péče", C("domaci-zdravotni-pece"), S),
    r("ošetřovatelská služba", C("domaci-zdravotni-pece"), S),
    r("ošetřovatelská péče", C("domaci-zdravotni-pece"), S),
    r("home care", C("domaci-zdravotni-pece"), W),
    r("agentura domácí péče", C("domaci-zdravotni-pece"), W),
    r("nemocnice následné péče", C("zdravotnictvi"), S),
    r("léčebna dlouhodobě nemocných", C("zdravotnictvi"), S),
    r("hospic", C("hospic"), S),
    r("hospicová péče", C("hospic"), S),
    r("paliativní péče", C("hospic"), S),
    r("půjčovna kompenzačních pomůcek", C("pujcovna-pomucek"), S),
    r("půjčovna pomůcek", C("pujcovna-pomucek"), S),
    r("kompenzační pomůcky", C("pujcovna-pomucek"), S),
    r("senior taxi", C("doprava"), S),
    r("přepravní služba", C("doprava"), S),
    r("dobrovolnické centrum", C("dobrovolnictvi"), S),
    r("dobrovolnická služba", C("dobrovolnictvi"), S),
    r("klub seniorů", C("volny-cas"), S),
    r("klub důchodců", C("volny-cas"), S),
    r("univerzita třetího věku", C("volny-cas"), S),
    r("chráněná dílna", C("zamestnani"), S),
    r("podporované zaměstnávání", C("zamestnani"), S),
    r("svépomocná skupina", C("svepomoc"), S),
    r("sociální bydlení", C("bydleni"), S),
    r("byty zvláštního určení", C("bydleni"), S),
    // A house with care-service flats is housing; the care service itself may be registered under §40.
    r("dům s pečovatelskou službou", C("bydleni"), W),
    r("domy s pečovatelskou službou", C("bydleni"), W),
    r("domov s pečovatelskou službou", C("bydleni"), W),
    r("dům pečovatelské služby", C("bydleni"), W),
    // Registered types, most specific first.
    r("odborné sociální poradenství", L("37"), S),
    r("občanská poradna", L("37"), S),
    r("sociální poradna", L("37"), S),
    r("charitní poradna", L("37"), S),
    r("dluhová poradna", L("37"), S),
    r("dluhové poradenství", L("37"), S),
    r("poradna pro osoby se zdravotním postižením", L("37"), S),
    r("osobní asistence", L("39"), S),
    r("osobní asistent", L("39"), S),
    r("pečovatelská služba", L("40"), S),
    r("pečovatelské služby", L("40"), S),
    r("tísňová péče", L("41"), S),
    r("tísňové volání", L("41"), W),
    r("tísňové tlačítko", L("41"), S),
    r("průvodcovské a předčitatelské služby", L("42"), S),
    r("průvodcovská služba", L("42"), S),
    r("předčitatelská služba", L("42"), S),
    r("podpora samostatného bydlení", L("43"), S),
    r("odlehčovací služba", L("44"), S),
    r("odlehčovací služby", L("44"), S),
    r("respitní péče", L("44"), S),
    r("respit", L("44"), S),
    r("centrum denních služeb", L("45"), S),
    r("centra denních služeb", L("45"), S),
    r("nízkoprahové denní centrum", L("61"), S),
    r("denní stacionář", L("46"), S),
    r("týdenní stacionář", L("47"), S),
    r("domov pro osoby se zdravotním postižením", L("48"), S),
    r("domov pro osoby s mentálním postižením", L("48"), S),
    r("domov pro osoby s postižením", L("48"), S),
    r("domov pro zdravotně postižené", L("48"), S),
    r("domov se zvláštním režimem", L("50"), S),
    r("zvláštním režimem", L("50"), S),
    r("domov pro seniory", L("49"), S),
    r("domov důchodců", L("49"), S),
    r("chráněné bydlení", L("51"), S),
    r("sociální lůžka", L("52"), S),
    r("sociální služby ve zdravotnických zařízeních", L("52"), S),
    r("raná péče", L("54"), S),
    r("telefonická krizová pomoc", L("55"), S),
    r("linka důvěry", L("55"), S),
    r("krizová linka", L("55"), S),
    r("linka bezpečí", L("55"), S),
    r("tlumočnické služby", L("56"), S),
    r("tlumočnická služba", L("56"), S),
    r("azylový dům", L("57"), S),
    r("azylové domy", L("57"), S),
    r("azylové ubytování", L("57"), S),
    r("dům na půl cesty", L("58"), S),
    r("domy na půl cesty", L("58"), S),
    r("kontaktní centrum", L("59"), S),
    r("intervenční centrum", L("60a"), S),
    r("krizová pomoc", L("60"), S),
    r("krizové centrum", L("60"), S),
    r("nízkoprahové zařízení pro děti a mládež", L("62"), S),
    r("nízkoprahový klub", L("62"), S),
    r("noclehárna", L("63"), S),
    r("služby následné péče", L("64"), S),
    r("následná péče", L("64"), W),
    r("sociálně aktivizační služby pro rodiny s dětmi", L("65"), S),
    r("sociálně aktivizační služba pro rodiny", L("65"), S),
    r("sociálně aktivizační služby pro seniory", L("66"), S),
    r("sociálně aktivizační služby pro osoby se zdravotním postižením", L("66"), S),
    r("sociálně aktivizační služby", L(SAS_UNDECIDED), S),
    r("sociálně terapeutická dílna", L("67"), S),
    r("terapeutická dílna", L("67"), S),
    r("terapeutická komunita", L("68"), S),
    r("terénní program", L("69"), S),
    r("terénní programy", L("69"), S),
    r("streetwork", L("69"), S),
    r("sociální rehabilitace", L("70"), S),
    // Generic words: only a guess, always reviewed.
    r("aktivizační", L(SAS_UNDECIDED), W),
    r("domov", L("49"), W),
    r("dům seniorů", L("49"), W),
    r("poradna", L("37"), W),
    r("poradenství", L("37"), W),
    r("domácí péče", L("40"), W),
    r("asistence", L("39"), W),
    r("stacionář", L("46"), W),
    r("nemocnice", C("zdravotnictvi"), W),
    r("léčebna", C("zdravotnictvi"), W),
    r("doprava", C("doprava"), W),
    r("přeprava", C("doprava"), W),
    r("dobrovolníci", C("dobrovolnictvi"), W),
    r("klub", C("volny-cas"), W),
    r("volnočasové aktivity", C("volny-cas"), W),
    r("counselling", C("poradenstvi"), W),
    r("counseling", C("poradenstvi"), W),
];

/// Abbreviations as written (case matters: "DpS" is a home for older people, "DPS" a house with
/// care-service flats). Whole words only.
pub const ABBREVIATIONS: &[(&str, Kind, Strength)] = &[
    ("DZR", L("50"), S),
    ("DOZP", L("48"), S),
    ("NZDM", L("62"), S),
    ("OSP", L("37"), S),
    ("CHB", L("51"), S),
    ("STD", L("67"), S),
    ("SASRD", L("65"), S),
    ("SAS", L(SAS_UNDECIDED), W),
    ("CDS", L("45"), W),
    ("DpS", L("49"), W),
    ("DS", L("49"), W),
    ("PS", L("40"), W),
    ("OA", L("39"), W),
    ("DPS", C("bydleni"), W),
    ("LDN", C("zdravotnictvi"), S),
];
