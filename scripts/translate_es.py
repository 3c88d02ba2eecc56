"""Fill resources/translations/tracker_es.ts from the Spanish glossary below.

Workflow: `pyside6-lupdate` extracts the strings (make translations does both steps),
this script writes the Spanish for every string it knows and lists the ones it does not,
`pyside6-lrelease` compiles the .qm. Vocabulary: compromiso (commitment), entrega
(delivery), dosis, donante, receptor, evento de política (policy event).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ES: dict[str, str] = {
    # menus and actions
    "&File": "&Archivo",
    "New database": "Nueva base de datos",
    "Tracker databases (*.sqlite)": "Bases de datos del rastreador (*.sqlite)",
    "Open database": "Abrir base de datos",
    "Tracker databases (*.sqlite *.db);;All files (*)": "Bases de datos del rastreador (*.sqlite *.db);;Todos los archivos (*)",
    "Back up database": "Respaldar base de datos",
    "Backed up to {0}": "Respaldo guardado en {0}",
    "&New database…": "&Nueva base de datos…",
    "&Open database…": "A&brir base de datos…",
    "Open &bundled dataset (read-only)": "Abrir datos &incluidos (solo lectura)",
    "&Recent databases": "Bases de datos &recientes",
    "&Back up…": "&Respaldar…",
    "&Quit": "&Salir",
    "&Edit": "&Editar",
    "&Undo": "&Deshacer",
    "&Redo": "&Rehacer",
    "&New record": "&Nuevo registro",
    "&Edit record…": "&Editar registro…",
    "Re&vise commitment…": "Re&visar compromiso…",
    "&Delete record": "&Eliminar registro",
    "Suggest &links to commitments…": "Sugerir &vínculos con compromisos…",
    "Show &deliveries of this commitment": "Mostrar las &entregas de este compromiso",
    "&Find…": "&Buscar…",
    "&View": "&Ver",
    "&Fit all": "&Ajustar todo",
    "&Language": "&Idioma",
    "System language": "Idioma del sistema",
    "&Help": "Ay&uda",
    "&About": "&Acerca de",
    "About": "Acerca de",
    "{0} {1}\nQt {2}, PySide6 {3}, pyqtgraph {4}\nDatabase: {5} ({6})": "{0} {1}\nQt {2}, PySide6 {3}, pyqtgraph {4}\nBase de datos: {5} ({6})",
    "Export data…": "Exportar datos…",
    "&Export data…": "E&xportar datos…",
    "&Import…": "&Importar…",
    "Export &chart…": "Exportar &gráfico…",
    "Export &report…": "Exportar &informe…",
    # fields and columns
    "Country or actor: name or code (e.g. MEX, México)": "País o actor: nombre o código (p. ej. MEX, México)",
    "Announced": "Anunciado",
    "Donor": "Donante",
    "Recipient": "Receptor",
    "Vaccine": "Vacuna",
    "Doses": "Dosis",
    "Deal": "Tipo de acuerdo",
    "Channel": "Canal",
    "Status": "Estado",
    "Confidence": "Confianza",
    "Source": "Fuente",
    "Notes": "Notas",
    "Arrived": "Llegada",
    "Fulfils": "Cumple",
    "Date": "Fecha",
    "Until": "Hasta",
    "Title": "Título",
    "Category": "Categoría",
    "Actors": "Actores",
    "Description": "Descripción",
    "Series": "Serie",
    "Month": "Mes",
    "Value": "Valor",
    "Unit": "Unidad",
    "Commitment": "Compromiso",
    "Committed": "Comprometidas",
    "Delivered": "Entregadas",
    "Outstanding": "Pendientes",
    "First delivery": "Primera entrega",
    "Last delivery": "Última entrega",
    "Days to first": "Días a la primera",
    "Days to final": "Días a la última",
    "Days late": "Días de retraso",
    "URL": "URL",
    "Publisher": "Editor",
    "Records citing it": "Registros que la citan",
    "Published": "Publicada",
    # forms
    "Edit commitment": "Editar compromiso",
    "Add commitment": "Añadir compromiso",
    "&Announced on": "&Anunciado el",
    "&Donor": "&Donante",
    "&Recipient": "&Receptor",
    "&Vaccine": "&Vacuna",
    "D&oses": "D&osis",
    "D&eal": "Tipo de &acuerdo",
    "C&hannel": "Ca&nal",
    "S&tatus": "Es&tado",
    "Tar&get date": "Fecha &objetivo",
    "Con&fidence": "Con&fianza",
    "&Sources": "&Fuentes",
    "&Notes": "&Notas",
    "Use Revise commitment to change the figure": "Use «Revisar compromiso» para cambiar la cifra",
    "choose a vaccine from the list": "elija una vacuna de la lista",
    "a whole number of doses": "un número entero de dosis",
    "YYYY-MM-DD, or 28/3/2021, 28/3": "AAAA-MM-DD, o 28/3/2021, 28/3",
    "Edit delivery": "Editar entrega",
    "Add delivery": "Añadir entrega",
    "&Arrived on": "&Llegó el",
    "(not linked)": "(sin vincular)",
    "&Fulfils commitment": "&Cumple el compromiso",
    "&Quick-fill from the last similar delivery": "&Rellenar con la última entrega similar",
    "Still outstanding on this commitment: {0} doses": "Aún pendientes en este compromiso: {0} dosis",
    "No earlier delivery from this donor to this recipient.": "No hay entregas anteriores de este donante a este receptor.",
    "required": "obligatorio",
    "e.g. 1,500,000": "p. ej. 1.500.000",
    "{0} doses": "{0} dosis",
    "Edit policy event": "Editar evento de política",
    "Add policy event": "Añadir evento de política",
    "&Date (or start)": "&Fecha (o inicio)",
    "&Until (for a period)": "&Hasta (para un periodo)",
    "&Title": "&Título",
    "&Category": "&Categoría",
    "Codes or names separated by ; (e.g. USA; México)": "Códigos o nombres separados por ; (p. ej. USA; México)",
    "&Actors": "&Actores",
    "D&escription": "D&escripción",
    "unknown: {0}": "desconocido: {0}",
    "&Save": "&Guardar",
    "Save and &add another": "Guardar y &añadir otro",
    "Cancel": "Cancelar",
    "{0} error": "error en {0}",
    "a date is required": "la fecha es obligatoria",
    "not a real date (try 2021-03-28 or 28/3/2021)": "no es una fecha válida (pruebe 2021-03-28 o 28/3/2021)",
    "unknown country or actor": "país o actor desconocido",
    "did you mean {0}?": "¿quiso decir {0}?",
    "not a web address: {0}": "no es una dirección web: {0}",
    "Cannot save: {0} — {1}": "No se puede guardar: {0} — {1}",
    "Revise commitment": "Revisar compromiso",
    "History:\n{0}": "Historial:\n{0}",
    "&Revised on": "&Revisado el",
    "New &figure (doses)": "Nueva &cifra (dosis)",
    "doses must be greater than 0": "las dosis deben ser mayores que 0",
    "a revision cannot predate the announcement": "una revisión no puede ser anterior al anuncio",
    "donor and recipient must differ": "donante y receptor deben ser distintos",
    "Add source": "Añadir fuente",
    "Remove": "Quitar",
    "Open in browser": "Abrir en el navegador",
    "Open {0} (Ctrl+click)": "Abrir {0} (Ctrl+clic)",
    # filters
    "Any vaccine": "Cualquier vacuna",
    "C&lear filters": "&Borrar filtros",
    "Any donor": "Cualquier donante",
    "Any recipient": "Cualquier receptor",
    "From (any)": "Desde (cualquiera)",
    "To (any)": "Hasta (cualquiera)",
    "Search notes, titles, sources…": "Buscar en notas, títulos, fuentes…",
    "Event category": "Categoría del evento",
    "From": "Desde",
    "To": "Hasta",
    "Search": "Buscar",
    "Filter: {0}": "Filtro: {0}",
    "Any": "Cualquiera",
    # labels of codes
    "Donation": "Donación",
    "Loan": "Préstamo",
    "Sale": "Venta",
    "Allocation": "Asignación",
    "Pledge": "Promesa",
    "Bilateral": "Bilateral",
    "COVAX": "COVAX",
    "AVAT": "AVAT",
    "Other": "Otro",
    "Confirmed": "Confirmado",
    "Cancelled": "Cancelado",
    "Scheduled": "Programada",
    "In transit": "En tránsito",
    "Migration": "Migración",
    "Border": "Frontera",
    "Diplomacy": "Diplomacia",
    "Trade": "Comercio",
    "Health": "Salud",
    "High": "Alta",
    "Medium": "Media",
    "Low": "Baja",
    "Open": "Abierto",
    "Fulfilled": "Cumplido",
    "Over-delivered": "Sobrecumplido",
    "Stale": "Estancado",
    "commitment": "compromiso",
    "delivery": "entrega",
    "policy event": "evento de política",
    "official tally": "cifra oficial",
    # links
    "Suggested links": "Vínculos sugeridos",
    "Deliveries not yet linked to a commitment, with the commitment each most plausibly "
    "fulfils. Tick the links to make.": "Entregas aún sin vincular a un compromiso, con el compromiso que más probablemente "
    "cumplen. Marque los vínculos que desea crear.",
    "Delivery": "Entrega",
    "Why": "Motivo",
    "&Link selected": "&Vincular los marcados",
    "Every delivery that matches a commitment is linked.": "Todas las entregas que corresponden a un compromiso están vinculadas.",
    # window
    "Promises": "Promesas",
    "Commitments": "Compromisos",
    "Deliveries": "Entregas",
    "Policy events": "Eventos de política",
    "Sources": "Fuentes",
    "Filters": "Filtros",
    " (read-only)": " (solo lectura)",
    "{0} of {1} {2}": "{0} de {1} {2}",
    "Bundled data as of {0}": "Datos incluidos al {0}",
    "Timeline": "Línea de tiempo",
    "Vaccine Diplomacy Tracker": "Rastreador de diplomacia de vacunas",
    # messages
    "OK": "Aceptar",
    "Changed by someone else": "Modificado por otra persona",
    "Database problem": "Problema con la base de datos",
    "Cannot use this input": "No se pueden usar estos datos",
    "Cannot do that": "No es posible",
    "Unexpected error": "Error inesperado",
    "Something went wrong inside the app. Your saved data is safe.": "Algo falló dentro de la aplicación. Sus datos guardados están a salvo.",
    "This is a read-only review copy; changes are not saved. Use File → New database… to work "
    "on your own copy.": "Esta es una copia de consulta de solo lectura; los cambios no se guardan. Use Archivo → "
    "Nueva base de datos… para trabajar en su propia copia.",
    # editing / undo texts
    "Add {0} {1}": "Añadir {0} {1}",
    "Edit {0} {1}": "Editar {0} {1}",
    "{0} {1}: {2} committed, {3} outstanding": "{0} {1}: {2} comprometidas, {3} pendientes",
    "Revise commitment {0} to {1} doses": "Revisar compromiso {0} a {1} dosis",
    "{0} records": "{0} registros",
    "Delete": "Eliminar",
    "Delete {0} {1}? You can undo this with Ctrl+Z.": "¿Eliminar {0} {1}? Puede deshacerlo con Ctrl+Z.",
    "Delete {0} {1}": "Eliminar {0} {1}",
    "Link {0} deliveries to commitments": "Vincular {0} entregas con compromisos",
    "Link delivery {0} to commitment {1}": "Vincular la entrega {0} con el compromiso {1}",
    "Not saved": "No guardado",
    "F&ulfilment and lead times…": "C&umplimiento y plazos…",
    "Fulfilment and lead times": "Cumplimiento y plazos", "Selection: {0}": "Selección: {0}",
    "<b>Fulfilment by donor</b> (pledges to several recipients are left out: no shipment is "
    "linked to them)": "<b>Cumplimiento por donante</b> (se omiten las promesas a varios "
    "receptores: ninguna entrega está vinculada a ellas)",
    "Fulfilment by donor chart": "Gráfico de cumplimiento por donante",
    "<b>Lead time</b>: days from announcement to first delivery":
        "<b>Plazo</b>: días del anuncio a la primera entrega",
    "Lead time chart": "Gráfico de plazos",
    "Data-quality findings": "Observaciones de calidad de datos", "&Check again": "&Revisar de nuevo",
    "Warning": "Aviso", "Note": "Nota", "Not a record": "No es un registro",
    "{0} findings, {1} warnings. Double-click or press Enter on one to go to the record.":
        "{0} observaciones, {1} avisos. Doble clic o Intro en una para ir al registro.",
    "Data quality": "Calidad de datos", "Main toolbar": "Barra de herramientas",
    "Export report": "Exportar informe", "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
    "Report written to {0}": "Informe guardado en {0}",
    "&Theme": "&Tema",
    "Follow the system": "Seguir al sistema",
    "Light": "Claro",
    "Dark": "Oscuro",
    # validation reasons from the domain
    "doses must be a whole number": "las dosis deben ser un número entero",
    "the end date is before the start date": "la fecha final es anterior a la inicial",
    "a title is required": "el título es obligatorio",
    "the target date is before the announcement": "la fecha objetivo es anterior al anuncio",
    "not a calendar date": "no es una fecha del calendario",
    "{0} is out of range ({1})": "{0} está fuera del rango admitido ({1})",
}


#: Where one English word needs two Spanish ones: (context, source) → translation.
ES_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("Labels", "Delivered"): "Entregada",
    ("Labels", "Scheduled"): "Programada",
    ("Labels", "Announced"): "Anunciado",
}


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            message.set("_ctx", name)
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        context = message.attrib.pop("_ctx", "")
        if (context, source) in ES_IN_CONTEXT:
            translation.text = ES_IN_CONTEXT[(context, source)]
            translation.attrib.pop("type", None)
        elif source in ES:
            translation.text = ES[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return sorted(set(missing))


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/tracker_es.ts")
    left = fill(path)
    for text in left:
        print(f"untranslated: {text!r}")
    sys.exit(1 if left and "--strict" in sys.argv else 0)
