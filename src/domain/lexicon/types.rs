//! Plain-Czech explanations of every legal type of social service and related-service category, and
//! the words people use for them. The words are indexed as a field of every service of that type, so
//! "domov důchodců" finds a "domov pro seniory" even when its own description never says so.

/// One legal type (by section) or category (by id): what it is, in words a citizen understands, and
/// the everyday words for it.
pub struct TypeText {
    pub key: &'static str,
    pub explain: &'static str,
    pub words: &'static str,
}

const fn tt(key: &'static str, explain: &'static str, words: &'static str) -> TypeText {
    TypeText { key, explain, words }
}

/// One entry per section in `law::LAW_TYPES` (a test checks they match).
pub const LAW_TEXTS: &[TypeText] = &[
    tt("37", "Poradna vám zdarma pomůže vyznat se v dluzích, dávkách, příspěvku na péči, bydlení nebo právních starostech a poradí, na koho se obrátit.",
       "poradna poradenství rada radit dluhy exekuce půjčky insolvence oddlužení dávky příspěvek na péči invalidní důchod úřady práva sociální pracovník"),
    tt("39", "Osobní asistent je s člověkem s postižením nebo seniorem tolik hodin, kolik potřebuje, doma i venku: pomůže s oblékáním, jídlem, hygienou, školou či prací.",
       "asistent asistentka asistence vozík vozíčkář ochrnutý pomoc doma i venku doprovod"),
    tt("40", "Pracovnice pečovatelské služby chodí k vám domů a pomáhají s tím, co už sami nezvládnete: nákup, dovoz obědů, hygiena, úklid, doprovod k lékaři.",
       "pečovatelka pečovatelky dovoz obědů obědy nákup nákupy hygiena koupání úklid praní prádla pomoc v domácnosti doprovod k lékaři senior"),
    tt("41", "Tísňová péče je nonstop dohled na dálku: stisknete tlačítko, které nosíte na krku nebo na ruce, a dispečink zavolá pomoc, když upadnete nebo je vám zle.",
       "nouzové tlačítko tísňové tlačítko tlačítko na krku náramek pád upadnout dispečink hlídání seniora na dálku"),
    tt("42", "Průvodce nebo předčitatel doprovodí člověka se zrakovým nebo jiným postižením na úřad či k lékaři, nebo mu předčítá dopisy a texty.",
       "průvodce doprovod předčítání předčitatel nevidomý slepý zrakové postižení slabozraký"),
    tt("43", "Pracovník dochází k vám domů a učí vás zvládat domácnost, peníze a úřady, abyste mohli bydlet samostatně.",
       "samostatné bydlení vlastní byt nácvik dovedností domácnost podpora bydlení"),
    tt("44", "Když pečujete o blízkého doma, odlehčovací služba ho převezme na pár hodin či dní nebo na týden, abyste si mohli odpočinout, vyřídit si věci nebo se léčit.",
       "odlehčovací odlehčení respit odpočinek pečujícího dovolená od péče krátkodobý pobyt zástup za pečujícího"),
    tt("45", "Centrum denních služeb nabízí během dne hygienu, jídlo, poradenství a aktivity lidem, kteří zvládají bydlet doma, ale potřebují pomoc.",
       "centrum denních služeb denní centrum hygiena strava aktivity"),
    tt("46", "Denní stacionář se přes den stará o seniory nebo lidi s postižením či demencí; večer se vracejí domů k rodině.",
       "stacionář denní pobyt přes den školka pro seniory denní péče demence"),
    tt("47", "Týdenní stacionář poskytuje ubytování a péči přes pracovní týden; víkendy tráví člověk doma.",
       "týdenní stacionář pobyt přes týden ubytování v týdnu"),
    tt("48", "Domov pro osoby se zdravotním postižením je trvalé bydlení s péčí pro lidi, kteří kvůli postižení nemohou žít doma.",
       "domov pro postižené ústav ústavní péče trvalý pobyt postižení handicap"),
    tt("49", "Domov pro seniory je trvalé bydlení s celodenní péčí pro starší lidi, kteří už nezvládnou žít doma ani s pomocí.",
       "domov důchodců starobinec dům pro seniory domov seniorů trvalý pobyt celodenní péče ubytování stáří"),
    tt("50", "Domov se zvláštním režimem pečuje nonstop o lidi s demencí, Alzheimerovou chorobou, duševní nemocí nebo závislostí, kteří potřebují trvalý dohled.",
       "alzheimer demence stařecká demence zapomínání psychiatrické onemocnění trvalý dohled uzavřené oddělení"),
    tt("51", "Chráněné bydlení je byt nebo domek, kde lidé s postižením či duševní nemocí bydlí co nejsamostatněji s podporou pracovníků.",
       "chráněný byt bydlení s podporou skupinová domácnost"),
    tt("52", "Sociální lůžka v nemocnici nebo léčebně: péče pro člověka, který už nepotřebuje léčbu, ale zatím nemá kam odejít.",
       "sociální lůžka léčebna dlouhodobě nemocní nemocnice po propuštění"),
    tt("54", "Raná péče podporuje rodiny s malým dítětem (do 7 let) s postižením nebo opožděným vývojem; pracovnice jezdí za vámi domů.",
       "opožděný vývoj vývoj dítěte postižené dítě autismus autista kombinované postižení miminko batole předčasně narozené"),
    tt("55", "Krizová linka: můžete kdykoli zavolat nebo napsat a anonymně mluvit s někým, kdo pomůže v akutní tísni.",
       "krizová linka linka důvěry telefon anonymně zavolat chat tíseň sebevražda deprese úzkost"),
    tt("56", "Tlumočník znakového jazyka nebo přepisovatel pomůže neslyšícímu nebo hluchoslepému člověku domluvit se na úřadě, u lékaře a jinde.",
       "tlumočení tlumočník znakový jazyk neslyšící hluchý nedoslýchavý přepis"),
    tt("57", "Azylový dům dá střechu nad hlavou na přechodnou dobu lidem, kteří přišli o bydlení nebo utíkají před násilím, a pomůže jim začít znovu.",
       "azyl azylové bydlení ubytování bez domova bezdomovec matky s dětmi přišla o bydlení útěk před násilím"),
    tt("58", "Dům na půl cesty pomáhá mladým lidem po odchodu z dětského domova nebo výchovného ústavu naučit se samostatně žít.",
       "dům na půl cesty odchod z dětského domova mladí dospělí po ústavní výchově"),
    tt("59", "Kontaktní centrum je anonymní místo pro lidi, kteří užívají drogy: výměna stříkaček, rady, testy a cesta k léčbě.",
       "drogy droga fetuje feťák pervitin heroin perník výměna stříkaček harm reduction toxikoman závislost"),
    tt("60", "Krizová pomoc: okamžitá podpora na pár dní, když se vám zhroutil svět – náhlé neštěstí, násilí, ztráta blízkého.",
       "krize krizové centrum akutní tíseň trauma neštěstí okamžitá pomoc"),
    tt("60a", "Intervenční centrum pomáhá lidem ohroženým domácím násilím: poradí, jak se chránit, a pomůže po vykázání násilníka.",
       "domácí násilí násilí bití týrání vykázání násilník ohrožená osoba"),
    tt("61", "Nízkoprahové denní centrum je otevřené lidem bez domova: najíte se, umyjete, vyperete si a poradí vám.",
       "bez domova bezdomovec bezdomovci hygiena jídlo denní centrum"),
    tt("62", "Nízkoprahový klub je místo, kam mohou děti a teenageři chodit zdarma trávit volný čas a kde najdou s kým mluvit o svých problémech.",
       "nízkoprahový klub teenageři dospívající mládež klub pro mladé volný čas"),
    tt("63", "Noclehárna nabízí přespání, sprchu a teplo na noc lidem bez domova.",
       "nocleh přespání spaní na noc postel bez domova bezdomovec zima"),
    tt("64", "Služby následné péče pomáhají po léčbě závislosti nebo psychiatrické léčbě vrátit se do běžného života.",
       "doléčování po léčbě abstinence návrat do života psychiatrie"),
    tt("65", "Pracovnice dochází do rodiny s dětmi, která je v těžké situaci, a pomáhá s výchovou, školou, penězi a domácností.",
       "rodina s dětmi výchova škola sanace rodiny problémy v rodině OSPOD"),
    tt("66", "Sociálně aktivizační služby nabízejí seniorům a lidem s postižením setkávání, kroužky a aktivity proti osamělosti.",
       "aktivizace aktivity setkávání kroužky osamělost samota klub seniorů"),
    tt("67", "Sociálně terapeutická dílna je chráněná práce pro lidi s postižením, kde se učí pracovním návykům.",
       "dílna chráněná dílna pracovní návyky práce pro postižené"),
    tt("68", "Terapeutická komunita je dlouhodobý pobyt pro lidi se závislostí nebo duševní nemocí, kteří chtějí změnit život.",
       "komunita léčba závislosti alkohol drogy pobytová léčba abstinence"),
    tt("69", "Terénní pracovníci vyhledávají lidi přímo na ulici nebo v jejich prostředí (lidi bez domova, uživatele drog, vyloučené lokality) a nabízejí jim pomoc.",
       "terénní pracovník streetwork ulice vyloučená lokalita drogy bez domova"),
    tt("70", "Sociální rehabilitace pomáhá lidem s postižením nebo duševní nemocí naučit se samostatnosti, najít práci a zapojit se do života.",
       "rehabilitace návrat do života práce zaměstnání samostatnost nácvik dovedností duševní nemoc"),
];

/// One entry per category in `law::CATEGORIES`.
pub const CATEGORY_TEXTS: &[TypeText] = &[
    tt(
        "domaci-zdravotni-pece",
        "Zdravotní sestry docházejí domů na předpis lékaře: převazy, injekce, péče po operaci.",
        "zdravotní sestra domácí péče převazy injekce po operaci",
    ),
    tt(
        "hospic",
        "Hospic a paliativní péče provázejí nevyléčitelně nemocné a jejich blízké na konci života.",
        "hospic umírání paliativní nevyléčitelná nemoc konec života",
    ),
    tt(
        "pujcovna-pomucek",
        "Půjčovna zapůjčí kompenzační pomůcky: vozík, chodítko, polohovací postel.",
        "pomůcky vozík chodítko polohovací postel půjčit",
    ),
    tt(
        "poradenstvi",
        "Poradny mimo zákon o sociálních službách: právní, rodinné či psychologické poradenství.",
        "poradna psycholog právník rodinná poradna",
    ),
    tt(
        "doprava",
        "Senior taxi a doprava pro lidi s omezenou pohyblivostí k lékaři či na úřad.",
        "taxi odvoz doprava k lékaři auto",
    ),
    tt(
        "dobrovolnictvi",
        "Dobrovolníci navštěvují osamělé lidi a pomáhají sousedsky.",
        "dobrovolník návštěvy sousedská pomoc",
    ),
    tt("volny-cas", "Kluby a setkávání pro volný čas.", "klub setkávání volný čas kroužek"),
    tt(
        "zamestnani",
        "Pomoc s hledáním práce a zaměstnávání lidí se znevýhodněním.",
        "práce zaměstnání úřad práce",
    ),
    tt(
        "bydleni",
        "Pomoc s bydlením: sociální a obecní byty, startovací byty.",
        "byt bydlení nájem obecní byt",
    ),
    tt("zdravotnictvi", "Zdravotní služby, které navazují na sociální péči.", "lékař nemocnice zdraví"),
    tt(
        "skolstvi",
        "Pedagogicko-psychologické poradny a speciální pedagogická centra pro děti a jejich rodiče.",
        "škola pedagogicko-psychologická poradna speciální pedagog",
    ),
    tt(
        "svepomoc",
        "Svépomocné skupiny a spolky lidí, kteří prožívají podobnou situaci.",
        "svépomocná skupina spolek",
    ),
    tt("jine", "Další služby, které mohou pomoci.", ""),
];

/// Czech display names of target groups and the words people use for them.
pub const GROUP_TEXTS: &[(&str, &str, &str)] = &[
    ("seniori", "senioři", "senior důchodce stáří starší člověk babička dědeček"),
    ("deti", "děti", "dítě děti"),
    ("mladez", "mládež", "mladí teenager dospívající"),
    ("rodiny-s-detmi", "rodiny s dětmi", "rodina rodiny s dětmi"),
    ("zdravotni-postizeni", "lidé se zdravotním postižením", "postižení handicap vozík"),
    ("mentalni-postizeni", "lidé s mentálním postižením", "mentální postižení"),
    ("smyslove-postizeni", "lidé se smyslovým postižením", "nevidomý neslyšící zrak sluch"),
    ("dusevni-onemocneni", "lidé s duševním onemocněním", "duševní nemoc psychiatrie"),
    ("demence", "lidé s demencí", "demence alzheimer"),
    ("zavislost", "lidé se závislostí", "závislost drogy alkohol"),
    ("bez-domova", "lidé bez domova", "bezdomovec bez domova"),
    ("obeti-nasili", "oběti násilí", "násilí oběť"),
    ("krizova-situace", "lidé v krizi", "krize tíseň"),
    ("pecujici", "pečující", "pečující o blízkého"),
    ("dospeli", "dospělí", "dospělý"),
    ("etnicke-mensiny", "etnické menšiny", "menšina národnostní menšiny cizinci romové"),
];
