//! Czech word and phrase tables for the synthetic catalogue (a data table, so longer than usual). The
//! phrases imitate how Czech catalogues describe services, so that search benchmarks see realistic text.

use crate::domain::snapshot::TargetGroup::{self, *};

pub const NAME_FIRST: &[&str] =
    &["Dolní", "Horní", "Nová", "Stará", "Velká", "Malá", "Vysoká", "Červená", "Bílá", "Zelená", "Dlouhá"];
pub const NAME_SECOND: &[&str] = &[
    "Lhota",
    "Ves",
    "Hora",
    "Bystřice",
    "Lhotka",
    "Radeč",
    "Lipnice",
    "Olešná",
    "Kamenice",
    "Poříčí",
    "Březina",
    "Chotěboř",
];
pub const STREETS: &[&str] = &[
    "Masarykova",
    "Husova",
    "Nádražní",
    "Školní",
    "Palackého",
    "Komenského",
    "Žižkova",
    "Tyršova",
    "Havlíčkova",
    "Zahradní",
    "Lipová",
    "Na Pršíku",
    "U Rybníka",
    "Sokolská",
];
pub const PROVIDER_PATTERNS: &[&str] = &[
    "Oblastní charita {}",
    "Centrum sociálních služeb {}, příspěvková organizace",
    "Diakonie – středisko {}",
    "Domov Na Výsluní {}",
    "Spolek Rovnost {}",
    "Sociální služby města {}",
    "Rodinné centrum Klubíčko {}",
    "Nadační fond Podaná ruka {}",
];
pub const GENERIC_PHRASES: &[&str] = &[
    "Služba je poskytována v souladu se zákonem o sociálních službách.",
    "Pracovníci respektují soukromí a důstojnost uživatelů.",
    "Cílem je, aby člověk mohl co nejdéle žít svým běžným životem.",
    "Služba spolupracuje s rodinou, praktickým lékařem a obecním úřadem.",
    "O službu lze požádat telefonicky, e-mailem nebo osobně.",
    "První konzultace je nezávazná a sociální pracovnice pomůže s výběrem vhodné pomoci.",
    "Podporujeme soběstačnost a zapojení do běžného života v obci.",
];

/// Type-specific description phrases, target groups and keywords, by section of act 108/2006 Sb.
pub struct TypeText {
    pub section: &'static str,
    pub phrases: &'static [&'static str],
    pub groups: &'static [TargetGroup],
    pub keywords: &'static [&'static str],
}

pub const TYPE_TEXT: &[TypeText] = &[
    TypeText {
        section: "37",
        phrases: &[
            "Poskytujeme odborné sociální poradenství v oblasti dluhů, bydlení a sociálních dávek.",
            "Pomůžeme s vyplněním žádostí a jednáním s úřady.",
        ],
        groups: &[Dospeli, RodinySDetmi, Seniori],
        keywords: &["dluhy", "exekuce", "dávky", "poradna"],
    },
    TypeText {
        section: "39",
        phrases: &[
            "Osobní asistent pomáhá s hygienou, oblékáním, jídlem a doprovodem.",
            "Asistence probíhá v domácnosti i mimo ni, podle přání uživatele.",
        ],
        groups: &[ZdravotniPostizeni, Seniori, MentalniPostizeni],
        keywords: &["asistent", "doprovod", "hygiena"],
    },
    TypeText {
        section: "40",
        phrases: &[
            "Pečovatelky dovážejí obědy, pomáhají s nákupy, úklidem a osobní hygienou.",
            "Služba je určena lidem, kteří kvůli věku nebo nemoci potřebují pomoc doma.",
        ],
        groups: &[Seniori, ZdravotniPostizeni],
        keywords: &["obědy", "dovoz jídla", "nákupy", "úklid", "pečovatelka"],
    },
    TypeText {
        section: "41",
        phrases: &[
            "Tísňové tlačítko spojí uživatele nonstop s dispečinkem, který zajistí pomoc.",
            "Vhodné pro osamělé seniory, kteří se obávají pádu nebo zdravotní krize.",
        ],
        groups: &[Seniori, ZdravotniPostizeni],
        keywords: &["tísňové tlačítko", "pád", "nonstop"],
    },
    TypeText {
        section: "44",
        phrases: &[
            "Odlehčovací služba převezme péči, aby si pečující mohli odpočinout.",
            "Pobyt lze sjednat na několik dní i týdnů.",
        ],
        groups: &[Pecujici, Seniori, Demence],
        keywords: &["odlehčení", "pečující", "respitní péče"],
    },
    TypeText {
        section: "49",
        phrases: &[
            "Domov poskytuje celoroční pobyt, stravu a ošetřovatelskou péči.",
            "Pokoje jsou jedno- a dvoulůžkové, s bezbariérovým přístupem.",
        ],
        groups: &[Seniori],
        keywords: &["domov důchodců", "ubytování", "celoroční pobyt"],
    },
    TypeText {
        section: "50",
        phrases: &[
            "Domov se zvláštním režimem pečuje o lidi s Alzheimerovou a jinými typy demence.",
            "Personál je vyškolen v práci s lidmi s poruchami paměti.",
        ],
        groups: &[Demence, Seniori, DusevniOnemocneni],
        keywords: &["alzheimer", "demence", "zapomínání"],
    },
    TypeText {
        section: "55",
        phrases: &[
            "Telefonická krizová pomoc je anonymní a dostupná v kteroukoli denní i noční hodinu.",
            "Volat můžete, když nevíte kudy kam, máte strach nebo myšlenky na sebevraždu.",
        ],
        groups: &[KrizovaSituace, Dospeli, Mladez],
        keywords: &["linka důvěry", "krize", "anonymně"],
    },
    TypeText {
        section: "57",
        phrases: &[
            "Azylový dům nabízí přechodné ubytování lidem bez domova.",
            "Sociální pracovníci pomáhají s hledáním práce a trvalého bydlení.",
        ],
        groups: &[BezDomova, RodinySDetmi, ObetiNasili],
        keywords: &["ubytování", "bez domova", "azyl"],
    },
    TypeText {
        section: "60a",
        phrases: &[
            "Intervenční centrum pomáhá lidem ohroženým domácím násilím.",
            "Pomoc je bezplatná a důvěrná, i bez policejního vykázání.",
        ],
        groups: &[ObetiNasili, KrizovaSituace],
        keywords: &["domácí násilí", "vykázání", "bezpečí"],
    },
    TypeText {
        section: "65",
        phrases: &[
            "Pracovnice dochází do rodin a pomáhá s výchovou dětí, hospodařením a školou.",
            "Služba podporuje rodiče, aby děti mohly zůstat doma.",
        ],
        groups: &[RodinySDetmi, Deti],
        keywords: &["rodina", "výchova", "škola", "OSPOD"],
    },
    TypeText {
        section: "69",
        phrases: &[
            "Terénní pracovníci vyhledávají lidi v nepříznivé situaci přímo v ulicích a lokalitách.",
            "Nabízíme výměnu injekčního materiálu, poradenství a kontakt s návaznými službami.",
        ],
        groups: &[Zavislost, BezDomova, Etnicke],
        keywords: &["drogy", "ulice", "streetwork"],
    },
];

/// Related-service phrases, for services with a category instead of a section.
pub const CATEGORY_PHRASES: &[(&str, &str)] = &[
    (
        "domaci-zdravotni-pece",
        "Zdravotní sestry poskytují péči doma na doporučení lékaře, hrazenou pojišťovnou.",
    ),
    ("hospic", "Mobilní hospic doprovází nevyléčitelně nemocné a jejich blízké v domácím prostředí."),
    ("pujcovna-pomucek", "Půjčujeme polohovací postele, chodítka, vozíky a další kompenzační pomůcky."),
    ("doprava", "Senior taxi vozí seniory k lékaři, na úřady a na nákupy za symbolickou cenu."),
    ("dobrovolnictvi", "Dobrovolníci navštěvují osamělé seniory a pomáhají s drobnými pochůzkami."),
    ("volny-cas", "Klub seniorů pořádá setkávání, přednášky, výlety a cvičení paměti."),
];

/// id, name, description, law sections, words.
pub type Situation =
    (&'static str, &'static str, &'static str, &'static [&'static str], &'static [&'static str]);

pub const LIFE_SITUATIONS: &[Situation] = &[
    (
        "pece-o-blizkeho",
        "Pečuji o blízkého doma",
        "Staráte se o rodiče nebo partnera a potřebujete pomoc nebo si odpočinout.",
        &["40", "44", "39"],
        &["pečuji o mámu", "nezvládám péči", "odpočinek"],
    ),
    (
        "senior-sam-doma",
        "Senior už sám doma nezvládá",
        "Člověk potřebuje pomoc s jídlem, hygienou nebo domácností.",
        &["40", "41", "49"],
        &["obědy", "babička", "děda", "domov důchodců"],
    ),
    (
        "dluhy",
        "Mám dluhy a exekuce",
        "Nezvládáte splácet a hrozí exekuce nebo ztráta bydlení.",
        &["37"],
        &["exekuce", "insolvence", "oddlužení"],
    ),
    (
        "bez-bydleni",
        "Přišel jsem o bydlení",
        "Nemáte kde spát nebo vám hrozí vystěhování.",
        &["57", "37"],
        &["bez domova", "vystěhování", "noclehárna"],
    ),
    (
        "domaci-nasili",
        "Doma se necítím v bezpečí",
        "Někdo blízký vám ubližuje, vyhrožuje nebo vás ovládá.",
        &["60a", "55"],
        &["násilí", "bije mě", "strach"],
    ),
    (
        "rodina-v-tizi",
        "Rodina s dětmi v těžké situaci",
        "Potíže s výchovou, školou, penězi nebo bydlením.",
        &["65", "37"],
        &["děti", "škola", "výchova"],
    ),
];
