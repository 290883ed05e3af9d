//! The coordinator's words: every sheet error and cell problem in Czech, placed as the clerk sees it
//! ("list Služby, řádek 14, sloupec Telefon: …", the row numbered as the spreadsheet shows it).

use super::cell::Problem;
use super::read::{At, SheetError};

/// "list Služby, řádek 14, sloupec Telefon".
pub fn place(at: &At) -> String {
    match at.column {
        Some(c) => format!("list {}, řádek {}, sloupec {}", at.sheet, at.row, c),
        None => format!("list {}, řádek {}", at.sheet, at.row),
    }
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::Required => "povinná hodnota chybí".into(),
        Problem::NotNumber(v) => format!("„{v}“ není číslo"),
        Problem::NotWhole(v) => format!("„{v}“ není celé nezáporné číslo"),
        Problem::NotYesNo(v) => format!("„{v}“ není „ano“ ani „ne“"),
        Problem::UnknownCode { value, list } => {
            format!(
                "„{value}“ není v číselníku „{}“ (vyberte hodnotu ze seznamu, viz list Číselníky)",
                list.title()
            )
        }
        Problem::BadJson { value, reason } => format!("„{value}“ není platný zápis JSON ({reason})"),
        Problem::BadHours { reason, .. } => super::hours::reason(reason),
        Problem::FormulaError => "buňka obsahuje chybu vzorce".into(),
    }
}

/// One error or warning, in Czech.
pub fn error(e: &SheetError) -> String {
    match e {
        SheetError::NotWorkbook(why) => {
            format!("soubor nelze přečíst jako tabulku (xlsx, ods, xls); uložte ho z tabulkového programu znovu ({why})")
        }
        SheetError::MissingSheet(s) => format!("v sešitu chybí list {s}"),
        SheetError::MissingColumn { sheet, header } => {
            format!("list {sheet}: chybí povinný sloupec {header}")
        }
        SheetError::DuplicateColumn { sheet, header } => {
            format!("list {sheet}: sloupec {header} je tam dvakrát")
        }
        SheetError::UnknownColumn { sheet, header } => {
            format!("list {sheet}: sloupec „{header}“ neznám, jeho obsah se nenačte")
        }
        SheetError::Cell { at, problem: p } => format!("{}: {}", place(at), problem(p)),
        SheetError::Record { at, detail } => format!("{}: {detail}", place(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_error_names_sheet_row_and_column() {
        let at = At { sheet: "Služby", row: 14, column: Some("Telefon") };
        let e = SheetError::Cell { at, problem: Problem::NotNumber("abc".into()) };
        assert_eq!(error(&e), "list Služby, řádek 14, sloupec Telefon: „abc“ není číslo");
    }
}
