<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../tracker/ui/actions.py" line="197" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="207" />
        <location filename="../../tracker/ui/actions.py" line="215" />
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="53" />
        <location filename="../../tracker/ui/actions.py" line="209" />
        <location filename="../../tracker/ui/actions.py" line="259" />
        <source>Tracker databases (*.sqlite)</source>
        <translation>Bases de datos del rastreador (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="42" />
        <location filename="../../tracker/ui/actions.py" line="60" />
        <location filename="../../tracker/ui/actions.py" line="64" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="43" />
        <source>Only a database file of your own can be restored from a backup.</source>
        <translation>Solo se puede restaurar desde una copia de seguridad un archivo de base de datos propio.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="51" />
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="61" />
        <source>Replace {0} with {1}? The current file is kept as a backup.</source>
        <translation>¿Reemplazar {0} por {1}? El archivo actual se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="97" />
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="99" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="109" />
        <source>Wrote {0} audit-trail rows to {1}</source>
        <translation>Se escribieron {0} filas del registro de auditoría en {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="131" />
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="142" />
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged</source>
        <translation>Importado {0}: {1} nuevos, {2} actualizados, {3} sin cambios</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="178" />
        <source>Chart written to {0}</source>
        <translation>Gráfico guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="216" />
        <source>Start {0} empty, or with the bundled datasets (commitments, deliveries, policy events and border encounters, 2020–2021)?</source>
        <translation>¿Empezar {0} vacía o con los datos incluidos (compromisos, entregas, eventos de política y encuentros en la frontera, 2020–2021)?</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="222" />
        <source>&amp;Empty</source>
        <translation>&amp;Vacía</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="223" />
        <source>With the &amp;bundled data</source>
        <translation>Con los datos &amp;incluidos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="232" />
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="234" />
        <source>Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos del rastreador (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="257" />
        <source>Back up database</source>
        <translation>Respaldar base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="268" />
        <source>Backed up to {0}</source>
        <translation>Respaldo guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="273" />
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="280" />
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="287" />
        <source>Open &amp;bundled dataset (read-only)</source>
        <translation>Abrir datos &amp;incluidos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="292" />
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="308" />
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="310" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="322" />
        <source>Report written to {0}</source>
        <translation>Informe guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="328" />
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="335" />
        <source>E&amp;xport data…</source>
        <translation>E&amp;xportar datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="342" />
        <source>Export &amp;chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="349" />
        <source>Export &amp;map…</source>
        <translation>Exportar &amp;mapa…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="357" />
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="364" />
        <source>&amp;Back up…</source>
        <translation>&amp;Respaldar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="368" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="375" />
        <source>Export the &amp;audit trail…</source>
        <translation>Exportar el registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="382" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="385" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="387" />
        <location filename="../../tracker/ui/help_dialogs.py" line="26" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="391" />
        <location filename="../../tracker/ui/help_dialogs.py" line="27" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="401" />
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="408" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Editar registro…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="417" />
        <source>Re&amp;vise commitment…</source>
        <translation>Re&amp;visar compromiso…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="424" />
        <source>&amp;Delete record</source>
        <translation>&amp;Eliminar registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="431" />
        <source>Suggest &amp;links to commitments…</source>
        <translation>Sugerir &amp;vínculos con compromisos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="438" />
        <source>Show &amp;deliveries of this commitment</source>
        <translation>Mostrar las &amp;entregas de este compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="445" />
        <source>Record &amp;history…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="459" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="469" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="482" />
        <source>F&amp;ulfilment and lead times…</source>
        <translation>C&amp;umplimiento y plazos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="490" />
        <source>&amp;Fit all</source>
        <translation>&amp;Ajustar todo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="506" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="510" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="523" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="527" />
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="528" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="529" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="539" />
        <source>Main toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="564" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="567" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="574" />
        <source>Data &amp;sources and licences</source>
        <translation>&amp;Fuentes de datos y licencias</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="582" />
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="589" />
        <source>&amp;Map data credits</source>
        <translation>Créditos de los datos del &amp;mapa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="169" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="170" />
        <source>{0} {1}
Qt {2}, PySide6 {3}, pyqtgraph {4}
Database: {5} ({6})</source>
        <translation>{0} {1}
Qt {2}, PySide6 {3}, pyqtgraph {4}
Base de datos: {5} ({6})</translation>
    </message>
</context>
<context>
    <name>ActorEdit</name>
    <message>
        <location filename="../../tracker/ui/fields.py" line="69" />
        <source>Country or actor: name or code (e.g. MEX, México)</source>
        <translation>País o actor: nombre o código (p. ej. MEX, México)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="157" />
        <source>History of {0} #{1}</source>
        <translation>Historial de {0} n.º {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="168" />
        <source>&amp;Export the audit trail…</source>
        <translation>&amp;Exportar el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="180" />
        <source>{0} entries; select one to see every field before and after.</source>
        <translation>{0} entradas; seleccione una para ver cada campo antes y después.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="182" />
        <source>No changes recorded for this record.</source>
        <translation>No hay cambios registrados para este registro.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="202" />
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="204" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="216" />
        <source>Exported {0} rows to {1}</source>
        <translation>Se exportaron {0} filas a {1}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="39" />
        <source>Added</source>
        <extracomment>Day, month name and 24-hour time: unambiguous in every language (no 3/4/21), with the month named in the interface language.</extracomment>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="40" />
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="41" />
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="42" />
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="43" />
        <source>Revision undone</source>
        <translation>Revisión deshecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="44" />
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="45" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="46" />
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="58" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="59" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="60" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="61" />
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="91" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="96" />
        <source>in a batch of {0} rows</source>
        <translation>en un lote de {0} filas</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="505" />
        <source>Check every row</source>
        <translation>Revisar cada fila</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="512" />
        <location filename="../../tracker/ui/import_wizard.py" line="539" />
        <source>Import only the valid rows</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="514" />
        <source>Save these choices as a profile (name)</source>
        <translation>Guardar estas opciones como perfil (nombre)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="533" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="533" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="533" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="539" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="59" />
        <location filename="../../tracker/ui/table_models.py" line="102" />
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="60" />
        <location filename="../../tracker/ui/table_models.py" line="73" />
        <location filename="../../tracker/ui/table_models.py" line="103" />
        <location filename="../../tracker/ui/table_models.py" line="125" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="61" />
        <location filename="../../tracker/ui/table_models.py" line="74" />
        <location filename="../../tracker/ui/table_models.py" line="104" />
        <location filename="../../tracker/ui/table_models.py" line="126" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="62" />
        <location filename="../../tracker/ui/table_models.py" line="75" />
        <location filename="../../tracker/ui/table_models.py" line="105" />
        <location filename="../../tracker/ui/table_models.py" line="127" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="63" />
        <location filename="../../tracker/ui/table_models.py" line="76" />
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="64" />
        <source>Deal</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="65" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="66" />
        <location filename="../../tracker/ui/table_models.py" line="77" />
        <location filename="../../tracker/ui/table_models.py" line="111" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="67" />
        <location filename="../../tracker/ui/table_models.py" line="79" />
        <location filename="../../tracker/ui/table_models.py" line="89" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="68" />
        <location filename="../../tracker/ui/table_models.py" line="80" />
        <location filename="../../tracker/ui/table_models.py" line="90" />
        <location filename="../../tracker/ui/table_models.py" line="98" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="69" />
        <location filename="../../tracker/ui/table_models.py" line="81" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="72" />
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="78" />
        <source>Fulfils</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="84" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="85" />
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="86" />
        <location filename="../../tracker/ui/table_models.py" line="136" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="87" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="88" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="91" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="94" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="95" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="96" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="97" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="101" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="106" />
        <source>Committed</source>
        <translation>Comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="107" />
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="108" />
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="109" />
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="110" />
        <source>Delivered per 100 people</source>
        <translation>Entregadas por cada 100 habitantes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="112" />
        <source>Counted from</source>
        <translation>Contado a partir de</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="113" />
        <source>Latest official tally</source>
        <translation>Última cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="114" />
        <source>Tally date</source>
        <translation>Fecha de la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="115" />
        <source>First delivery</source>
        <translation>Primera entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="116" />
        <source>Last delivery</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="117" />
        <source>Days to first</source>
        <translation>Días a la primera</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="118" />
        <source>Days to final</source>
        <translation>Días a la última</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="119" />
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="120" />
        <source>Data as of</source>
        <translation>Datos al</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="123" />
        <source>Tally</source>
        <translation>Cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="124" />
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="128" />
        <source>Official tally</source>
        <translation>Cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="129" />
        <source>Recorded deliveries</source>
        <translation>Entregas registradas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="130" />
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="131" />
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="132" />
        <source>Records behind the sum</source>
        <translation>Registros de la suma</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="135" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="137" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="138" />
        <source>Records citing it</source>
        <translation>Registros que la citan</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="34" />
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="34" />
        <source>Add commitment</source>
        <translation>Añadir compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="37" />
        <source>&amp;Announced on</source>
        <translation>&amp;Anunciado el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="38" />
        <source>&amp;Donor</source>
        <translation>&amp;Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="39" />
        <source>&amp;Recipient</source>
        <translation>&amp;Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="40" />
        <source>&amp;Vaccine</source>
        <translation>&amp;Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="41" />
        <source>D&amp;oses</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="42" />
        <source>D&amp;eal</source>
        <translation>Tipo de &amp;acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="43" />
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="45" />
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="47" />
        <source>Tar&amp;get date</source>
        <translation>Fecha &amp;objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="49" />
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="50" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="54" />
        <source>Use Revise commitment to change the figure</source>
        <translation>Use «Revisar compromiso» para cambiar la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="78" />
        <source>choose a vaccine from the list</source>
        <translation>elija una vacuna de la lista</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="80" />
        <source>a whole number of doses</source>
        <translation>un número entero de dosis</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="37" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="38" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="39" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="40" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="41" />
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="42" />
        <source>Arrived on</source>
        <translation>Llegó el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="43" />
        <source>Announced on</source>
        <translation>Anunciado el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="44" />
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="45" />
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="46" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="47" />
        <source>Deal type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="48" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="49" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="50" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="51" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="52" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="53" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="54" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="55" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="56" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="57" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="58" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="120" />
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="128" />
        <source>Keep &amp;my version</source>
        <translation>Conservar &amp;mi versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="129" />
        <source>Take the &amp;other version</source>
        <translation>Tomar la &amp;otra versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="130" />
        <source>Save the &amp;merge</source>
        <translation>Guardar la &amp;combinación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="151" />
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="159" />
        <source>{0} changed this {1} ({2}) while you were editing it. Choose, field by field, which version to keep.</source>
        <translation>{0} cambió este {1} ({2}) mientras usted lo editaba. Elija, campo por campo, qué versión conservar.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="180" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="180" />
        <source>Your version</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="180" />
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="198" />
        <source>Both of you changed this field</source>
        <translation>Ambos cambiaron este campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="205" />
        <source>Both versions are now the same.</source>
        <translation>Ahora las dos versiones son iguales.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="268" />
        <source>It was changed again while you were choosing; here is the newest version. Nothing was saved yet.</source>
        <translation>Se volvió a cambiar mientras usted elegía; esta es la versión más reciente. Aún no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="197" />
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="202" />
        <source>Open a &amp;read-only copy</source>
        <translation>Abrir una copia de solo &amp;lectura</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="204" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="222" />
        <source>{0} is damaged. It has not been changed, and nothing will be written to it.
What is wrong:</source>
        <translation>{0} está dañado. No se ha modificado y no se escribirá nada en él.
Qué está mal:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="229" />
        <source>Look at what can still be read, in a copy; changes cannot be saved.</source>
        <translation>Vea lo que aún se puede leer, en una copia; no se podrán guardar cambios.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="231" />
        <source>Too much of the file is damaged to show it.</source>
        <translation>El archivo está demasiado dañado para mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="235" />
        <source>Restore the &amp;backup ({0})</source>
        <translation>Restaurar la &amp;copia de seguridad ({0})</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="238" />
        <source>Replaces the file with {0}; the damaged file is kept in {1}.</source>
        <translation>Reemplaza el archivo por {0}; el archivo dañado se conserva en {1}.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="243" />
        <source>No &amp;backup to restore</source>
        <translation>No hay &amp;copia de seguridad que restaurar</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="128" />
        <source>As of {0}; {1} sources cited</source>
        <translation>Al {0}; {1} fuentes citadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="132" />
        <source>Licences: {0}</source>
        <translation>Licencias: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="135" />
        <source>Main sources</source>
        <translation>Fuentes principales</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="143" />
        <source>Every record cites its own source (the Source column); the full list: {0}</source>
        <translation>Cada registro cita su propia fuente (columna Fuente); la lista completa: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="147" />
        <source>Data sources and licences</source>
        <translation>Fuentes de datos y licencias</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../tracker/ui/fields.py" line="32" />
        <source>YYYY-MM-DD, or 28/3/2021, 28/3</source>
        <translation>AAAA-MM-DD, o 28/3/2021, 28/3</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="45" />
        <source>Edit delivery</source>
        <translation>Editar entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="45" />
        <source>Add delivery</source>
        <translation>Añadir entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="48" />
        <source>&amp;Arrived on</source>
        <translation>&amp;Llegó el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="49" />
        <source>&amp;Donor</source>
        <translation>&amp;Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="50" />
        <source>&amp;Recipient</source>
        <translation>&amp;Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="51" />
        <source>&amp;Vaccine</source>
        <translation>&amp;Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="52" />
        <source>D&amp;oses</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="54" />
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="58" />
        <location filename="../../tracker/ui/delivery_form.py" line="88" />
        <source>(not linked)</source>
        <translation>(sin vincular)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="59" />
        <source>&amp;Fulfils commitment</source>
        <translation>&amp;Cumple el compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="63" />
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="64" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="65" />
        <source>&amp;Quick-fill from the last similar delivery</source>
        <translation>&amp;Rellenar con la última entrega similar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="105" />
        <source>Still outstanding on this commitment: {0} doses</source>
        <translation>Aún pendientes en este compromiso: {0} dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="114" />
        <source>No earlier delivery from this donor to this recipient.</source>
        <translation>No hay entregas anteriores de este donante a este receptor.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="156" />
        <source>choose a vaccine from the list</source>
        <translation>elija una vacuna de la lista</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="158" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="160" />
        <source>a whole number of doses</source>
        <translation>un número entero de dosis</translation>
    </message>
</context>
<context>
    <name>DosesEdit</name>
    <message>
        <location filename="../../tracker/ui/fields.py" line="185" />
        <source>e.g. 1,500,000</source>
        <translation>p. ej. 1.500.000</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../tracker/ui/editing.py" line="43" />
        <source>{0} doses</source>
        <translation>{0} dosis</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="29" />
        <source>Edit policy event</source>
        <translation>Editar evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="29" />
        <source>Add policy event</source>
        <translation>Añadir evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="32" />
        <source>&amp;Date (or start)</source>
        <translation>&amp;Fecha (o inicio)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="33" />
        <source>&amp;Until (for a period)</source>
        <translation>&amp;Hasta (para un periodo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="34" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="36" />
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="39" />
        <source>Codes or names separated by ; (e.g. USA; México)</source>
        <translation>Códigos o nombres separados por ; (p. ej. USA; México)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="40" />
        <source>&amp;Actors</source>
        <translation>&amp;Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="41" />
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="45" />
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="46" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="75" />
        <source>unknown: {0}</source>
        <translation>desconocido: {0}</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="68" />
        <location filename="../../tracker/timeline/export_dialog.py" line="181" />
        <source>Export chart</source>
        <extracomment>Same keys as ``tracker.ui.settings`` (timeline must not import ui). format key -&gt; (suffix, dpi, label)</extracomment>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="82" />
        <source>Automatic (from the filters)</source>
        <translation>Automático (según los filtros)</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="87" />
        <source>Whole range of the filters</source>
        <translation>Todo el rango de los filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="88" />
        <source>Visible range</source>
        <translation>Rango visible</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="95" />
        <source>Visible range ({0} to {1})</source>
        <translation>Rango visible ({0} a {1})</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="101" />
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="102" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="112" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="113" />
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="114" />
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="115" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="116" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="117" />
        <source>Range:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <location filename="../../tracker/timeline/export_dialog.py" line="119" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="63" />
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="94" />
        <location filename="../../tracker/ui/export_data_dialog.py" line="129" />
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="95" />
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="96" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="97" />
        <source>a .csv or .xlsx file</source>
        <translation>un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="98" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="99" />
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="100" />
        <source>UTF-8 with BOM (so Excel shows accents)</source>
        <translation>UTF-8 con BOM (para que Excel muestre los acentos)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="101" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="120" />
        <source>The current view ({0} rows)</source>
        <translation>La vista actual ({0} filas)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="131" />
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="206" />
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="207" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="209" />
        <source>(guess from the file)</source>
        <translation>(deducir del archivo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="216" />
        <source>File (CSV or XLSX):</source>
        <translation>Archivo (CSV o XLSX):</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="217" />
        <source>Saved profile:</source>
        <translation>Perfil guardado:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="218" />
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="224" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="224" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.xlsx);;Todos (*)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="38" />
        <source>Any vaccine</source>
        <translation>Cualquier vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="47" />
        <source>&amp;Global pledges as committed</source>
        <translation>Promesas &amp;globales como comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="50" />
        <source>Global, COVAX-channel and G7 pledges have their own lane; tick to add them to the committed line instead.</source>
        <translation>Las promesas globales, por COVAX y del G7 tienen su propio carril; márquelo para sumarlas a la línea de lo comprometido.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="54" />
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="60" />
        <source>Any donor</source>
        <translation>Cualquier donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="61" />
        <source>Any recipient</source>
        <translation>Cualquier receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="62" />
        <source>From (any)</source>
        <translation>Desde (cualquiera)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="63" />
        <source>To (any)</source>
        <translation>Hasta (cualquiera)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="64" />
        <source>Search notes, titles, sources…</source>
        <translation>Buscar en notas, títulos, fuentes…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="67" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="68" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="69" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="70" />
        <source>Deal</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="71" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="72" />
        <source>Event category</source>
        <translation>Categoría del evento</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="73" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="74" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="75" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="81" />
        <source>Filter: {0}</source>
        <translation>Filtro: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="125" />
        <source>not a real date (try 2021-03-28 or 28/3/2021)</source>
        <translation>no es una fecha válida (pruebe 2021-03-28 o 28/3/2021)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="128" />
        <source>earlier than From ({0})</source>
        <translation>anterior a Desde ({0})</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="20" />
        <source>Fulfilment and lead times</source>
        <translation>Cumplimiento y plazos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="25" />
        <source>Selection: {0}</source>
        <translation>Selección: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="29" />
        <source>&lt;b&gt;Fulfilment by donor&lt;/b&gt;, counting only the commitments whose deliveries the data records (pledges to several recipients are left out)</source>
        <translation>&lt;b&gt;Cumplimiento por donante&lt;/b&gt;, contando solo los compromisos cuyas entregas registran los datos (sin las promesas a varios receptores)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="40" />
        <source>Fulfilment by donor chart</source>
        <translation>Gráfico de cumplimiento por donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="43" />
        <source>&lt;b&gt;Lead time&lt;/b&gt;: days from announcement to first delivery</source>
        <translation>&lt;b&gt;Plazo&lt;/b&gt;: días del anuncio a la primera entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fulfilment_dialog.py" line="47" />
        <source>Lead time chart</source>
        <translation>Gráfico de plazos</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="50" />
        <source>in a table</source>
        <translation>en una tabla</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="51" />
        <source>in the timeline</source>
        <translation>en la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="53" />
        <source>Edit the record in its form</source>
        <translation>Editar el registro en su formulario</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="54" />
        <source>Edit the cell in place</source>
        <translation>Editar la celda en su lugar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="55" />
        <source>Pan the dates</source>
        <translation>Desplazar las fechas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="56" />
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="57" />
        <source>Move the map's date a day</source>
        <translation>Mover la fecha del mapa un día</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="58" />
        <source>Move the map's date a month</source>
        <translation>Mover la fecha del mapa un mes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="59" />
        <source>The first / last date</source>
        <translation>La primera / última fecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="60" />
        <source>Play the map month by month</source>
        <translation>Reproducir el mapa mes a mes</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="54" />
        <source>Commitments</source>
        <extracomment>What each record kind and field is called on screen; the key (``--map FIELD=...`` on the command line) is shown beside the field's name.</extracomment>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="55" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="56" />
        <source>Delivery tallies</source>
        <translation>Totales de entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="57" />
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="58" />
        <source>Context series</source>
        <translation>Series de contexto</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="61" />
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="62" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="63" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="64" />
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="65" />
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="66" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="67" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="68" />
        <source>Countries involved</source>
        <translation>Países involucrados</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="69" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="70" />
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="71" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="72" />
        <source>Commitment fulfilled</source>
        <translation>Compromiso que cumple</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="73" />
        <source>Revises commitment</source>
        <translation>Revisa el compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="74" />
        <source>Deal type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="75" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="76" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="77" />
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="78" />
        <source>Other sources</source>
        <translation>Otras fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="79" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="80" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="81" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="82" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="83" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="84" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="85" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="617" />
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="624" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tracker/ui/labels.py" line="24" />
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="25" />
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="26" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="27" />
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="28" />
        <source>Pledge</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="29" />
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="30" />
        <source>COVAX</source>
        <translation>COVAX</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="31" />
        <source>AVAT</source>
        <translation>AVAT</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="32" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="33" />
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="34" />
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="35" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="36" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="37" />
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="38" />
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="39" />
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="40" />
        <source>Border</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="41" />
        <source>Diplomacy</source>
        <translation>Diplomacia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="42" />
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="43" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="44" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="45" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="46" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="47" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="48" />
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="49" />
        <source>Over-delivered</source>
        <translation>Sobrecumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="50" />
        <source>Stale</source>
        <translation>Estancado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="51" />
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="52" />
        <source>Deliveries not (all) recorded</source>
        <translation>Entregas no (todas) registradas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="53" />
        <source>Linked deliveries</source>
        <translation>Entregas vinculadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="54" />
        <source>Matched deliveries</source>
        <translation>Entregas coincidentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="55" />
        <source>No delivery</source>
        <translation>Sin entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="56" />
        <source>Matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="57" />
        <source>Deliveries missing</source>
        <translation>Faltan entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="58" />
        <source>Recorded exceeds tally</source>
        <translation>Lo registrado supera la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="59" />
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="60" />
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="61" />
        <source>policy event</source>
        <translation>evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="62" />
        <source>official tally</source>
        <translation>cifra oficial</translation>
    </message>
</context>
<context>
    <name>LinkSuggestionsDialog</name>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="31" />
        <location filename="../../tracker/ui/links_dialog.py" line="49" />
        <source>Suggested links</source>
        <translation>Vínculos sugeridos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="37" />
        <source>Deliveries not yet linked to a commitment, with the commitment each most plausibly fulfils. Tick the links to make.</source>
        <translation>Entregas aún sin vincular a un compromiso, con el compromiso que más probablemente cumplen. Marque los vínculos que desea crear.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="45" />
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="45" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="45" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="59" />
        <source>&amp;Link selected</source>
        <translation>&amp;Vincular los marcados</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/links_dialog.py" line="69" />
        <source>Every delivery that matches a commitment is linked.</source>
        <translation>Todas las entregas que corresponden a un compromiso están vinculadas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="213" />
        <location filename="../../tracker/ui/main_window.py" line="366" />
        <source>Loading the database…</source>
        <extracomment>Rows every table shows however small the screen (1366×768 included). The tables' share of the chart/tables split when nothing was saved. Emitted once a window made without a store (the launcher's) shows its data. Emitted once the launcher's window has drawn its timeline (right after the data). Windows replaced on a language switch stay referenced until the app quits. The date cursor's day: Promises and Checkpoints are balanced as of it.</extracomment>
        <translation>Cargando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="228" />
        <source>Drawing the timeline…</source>
        <translation>Dibujando la línea de tiempo…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="254" />
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="255" />
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="256" />
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="257" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="258" />
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="259" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="260" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="264" />
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="265" />
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="273" />
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="370" />
        <source>{0} of {1} {2}</source>
        <translation>{0} de {1} {2}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="384" />
        <source>Bundled data as of {0}</source>
        <translation>Datos incluidos al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="386" />
        <source>Promises as of {0}</source>
        <translation>Promesas al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="450" />
        <source>No recorded delivery is behind tally {0}.</source>
        <translation>Ninguna entrega registrada respalda la cifra {0}.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="470" />
        <source>{0} deliveries add up to {1} of the tally's {2}.</source>
        <translation>{0} entregas suman {1} de las {2} de la cifra.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="189" />
        <source>As of {0}</source>
        <extracomment>Policy events listed beside the map: within this many days of the cursor.</extracomment>
        <translation>Al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="241" />
        <location filename="../../tracker/ui/map_tab.py" line="352" />
        <location filename="../../tracker/ui/map_tab.py" line="355" />
        <source>Policy events near the cursor</source>
        <translation>Eventos de política cerca del cursor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="273" />
        <location filename="../../tracker/ui/map_tab.py" line="341" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="273" />
        <location filename="../../tracker/ui/map_tab.py" line="341" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="291" />
        <source>No deliveries to or from {0} in the current filters</source>
        <translation>No hay entregas hacia o desde {0} con los filtros actuales</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="326" />
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="327" />
        <source>Committed</source>
        <translation>Comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="328" />
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="333" />
        <location filename="../../tracker/ui/map_tab.py" line="356" />
        <source>What the colours show</source>
        <translation>Qué muestran los colores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="334" />
        <source>Per 100 people</source>
        <translation>Por cada 100 habitantes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="336" />
        <source>Doses per 100 people, on UN World Population Prospects 2024 figures</source>
        <translation>Dosis por cada 100 habitantes, con cifras de World Population Prospects 2024 de la ONU</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="338" />
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="339" />
        <source>Donor → recipient arcs: solid delivered, dashed pending</source>
        <translation>Arcos donante → receptor: continuos entregadas, discontinuos pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="342" />
        <source>Play month by month (Space on the timeline)</source>
        <translation>Reproducir mes a mes (Espacio en la línea de tiempo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="343" />
        <location filename="../../tracker/ui/map_tab.py" line="353" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="344" />
        <location filename="../../tracker/ui/map_tab.py" line="354" />
        <source>Sankey</source>
        <translation>Sankey</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="345" />
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="347" />
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="348" />
        <source>COVAX</source>
        <translation>COVAX</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="349" />
        <source>AVAT</source>
        <translation>AVAT</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="350" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="357" />
        <source>Play month by month</source>
        <translation>Reproducir mes a mes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="400" />
        <location filename="../../tracker/ui/map_tab.py" line="411" />
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="402" />
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="415" />
        <source>Map written to {0}</source>
        <translation>Mapa guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="431" />
        <source>Country shapes</source>
        <translation>Contornos de los países</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="432" />
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="439" />
        <source>Map data credits</source>
        <translation>Créditos de los datos del mapa</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tracker/ui/messages.py" line="27" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="49" />
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="51" />
        <source>Database problem</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="56" />
        <source>Cannot use this input</source>
        <translation>No se pueden usar estos datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="61" />
        <source>Cannot do that</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="67" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="68" />
        <source>Something went wrong inside the app. Your saved data is safe.</source>
        <translation>Algo falló dentro de la aplicación. Sus datos guardados están a salvo.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="73" />
        <source>&amp;Go to</source>
        <translation>I&amp;r a</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="77" />
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="84" />
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="101" />
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="108" />
        <source>P&amp;revious pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="260" />
        <source>Check how the file is read</source>
        <translation>Revise cómo se lee el archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="267" />
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="270" />
        <source>ISO (YYYY-MM-DD)</source>
        <translation>ISO (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="272" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="282" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="282" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="287" />
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="288" />
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="289" />
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="290" />
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="291" />
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="292" />
        <source>Thousands separator:</source>
        <translation>Separador de miles:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="393" />
        <source>No column gives the confidence: every row will be recorded as High. Map a Confidence column to set it per row.</source>
        <translation>Ninguna columna da la confianza: todas las filas se registrarán como Alta. Asigne una columna Confianza para indicarla fila por fila.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="33" />
        <source>Data-quality findings</source>
        <translation>Observaciones de calidad de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="35" />
        <source>&amp;Check again</source>
        <translation>&amp;Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="50" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="50" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="56" />
        <source>Not a record</source>
        <translation>No es un registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="61" />
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="61" />
        <source>{0} findings</source>
        <translation>{0} hallazgos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="62" />
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="62" />
        <source>{0} warnings</source>
        <translation>{0} advertencias</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="64" />
        <source>{0}, {1}. Double-click or press Enter on one to go to the record.</source>
        <translation>{0}, {1}. Haga doble clic o pulse Intro en uno para ir al registro.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../tracker/ui/editing.py" line="76" />
        <source>This is a read-only review copy; changes are not saved. Use File → New database… to work on your own copy.</source>
        <translation>Esta es una copia de consulta de solo lectura; los cambios no se guardan. Use Archivo → Nueva base de datos… para trabajar en su propia copia.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="192" />
        <source>Add {0} {1}</source>
        <translation>Añadir {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="197" />
        <location filename="../../tracker/ui/editing.py" line="379" />
        <source>Edit {0} {1}</source>
        <translation>Editar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="227" />
        <source>{0} {1}: {2} committed, {3} outstanding</source>
        <translation>{0} {1}: {2} comprometidas, {3} pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="257" />
        <source>Revise commitment {0} to {1} doses</source>
        <translation>Revisar compromiso {0} a {1} dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="284" />
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="288" />
        <location filename="../../tracker/ui/editing.py" line="290" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="289" />
        <source>Delete {0} {1}? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {0} {1}? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="295" />
        <location filename="../../tracker/ui/editing.py" line="301" />
        <source>Delete {0} {1}</source>
        <translation>Eliminar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="322" />
        <source>Link {0} deliveries to commitments</source>
        <translation>Vincular {0} entregas con compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="326" />
        <source>Link delivery {0} to commitment {1}</source>
        <translation>Vincular la entrega {0} con el compromiso {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="377" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../tracker/ui/forms.py" line="55" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="58" />
        <source>Save and &amp;add another</source>
        <translation>Guardar y &amp;añadir otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="60" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="91" />
        <source>{0} error</source>
        <translation>error en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="114" />
        <source>Conf&amp;idence</source>
        <translation>Conf&amp;ianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="130" />
        <source>Preset to your last choice, {0}</source>
        <translation>Preestablecida en su última elección: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="132" />
        <source>Preset to {0}; change it if unsure</source>
        <translation>Preestablecida en {0}; cámbiela si no está seguro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="169" />
        <source>a date is required</source>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="179" />
        <source>not a real date (try 2021-03-28 or 28/3/2021)</source>
        <translation>no es una fecha válida (pruebe 2021-03-28 o 28/3/2021)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="189" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="194" />
        <source>unknown country or actor</source>
        <translation>país o actor desconocido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="196" />
        <source>did you mean {0}?</source>
        <translation>¿quiso decir {0}?</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="208" />
        <source>not a web address: {0}</source>
        <translation>no es una dirección web: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="235" />
        <source>Cannot save: {0} — {1}</source>
        <translation>No se puede guardar: {0} — {1}</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="29" />
        <source>Revise commitment {0}</source>
        <translation>Revisar compromiso {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="41" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2}, {3}, {4} doses announced {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2}, {3}, {4} dosis anunciadas el {5}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="57" />
        <source>History:
{0}</source>
        <translation>Historial:
{0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="59" />
        <source>&amp;Revised on</source>
        <translation>&amp;Revisado el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="60" />
        <source>New &amp;figure (doses)</source>
        <translation>Nueva &amp;cifra (dosis)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="62" />
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="65" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="71" />
        <source>doses must be greater than 0</source>
        <translation>las dosis deben ser mayores que 0</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/revise_dialog.py" line="75" />
        <source>a revision cannot predate the announcement</source>
        <translation>una revisión no puede ser anterior al anuncio</translation>
    </message>
</context>
<context>
    <name>RunImportPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="556" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="557" />
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="584" />
        <source>Profile not saved: {0}</source>
        <translation>Perfil no guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="95" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="95" />
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="95" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_dialogs.py" line="98" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../tracker/ui/fields.py" line="208" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="208" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="208" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="208" />
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="213" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="215" />
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="216" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="217" />
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="334" />
        <source>Automatic backup failed: {0}</source>
        <translation>Falló la copia de seguridad automática: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="338" />
        <source>Today's backup: {0}</source>
        <translation>Copia de seguridad de hoy: {0}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="332" />
        <source>Open {0} (Ctrl+click)</source>
        <translation>Abrir {0} (Ctrl+clic)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../tracker/timeline/widget.py" line="130" />
        <source>No records match these filters</source>
        <extracomment>The least of the chart the window shows (it scrolls below its full height). Room beside the first and last days when the whole range is shown (the biggest delivery marker's radius and its outline). (kind, database id) of the marker the user clicked: "deliveries" or "events". The visible dates changed (zoom, pan, overview, fit).</extracomment>
        <translation>Ningún registro coincide con estos filtros</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tracker/ui/labels.py" line="68" />
        <source>donor and recipient must differ</source>
        <translation>donante y receptor deben ser distintos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="69" />
        <source>doses must be greater than 0</source>
        <translation>las dosis deben ser mayores que 0</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="70" />
        <source>doses must be a whole number</source>
        <translation>las dosis deben ser un número entero</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="71" />
        <source>the end date is before the start date</source>
        <translation>la fecha final es anterior a la inicial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="72" />
        <source>a title is required</source>
        <translation>el título es obligatorio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="73" />
        <source>the target date is before the announcement</source>
        <translation>la fecha objetivo es anterior al anuncio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="74" />
        <source>a revision cannot predate the announcement</source>
        <translation>una revisión no puede ser anterior al anuncio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="75" />
        <source>a date is required</source>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="76" />
        <source>not a calendar date</source>
        <translation>no es una fecha del calendario</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="88" />
        <source>{0} is out of range ({1})</source>
        <translation>{0} está fuera del rango admitido ({1})</translation>
    </message>
</context>
<context>
    <name>_AnyChoice</name>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="24" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="451" />
        <location filename="../../tracker/ui/import_wizard.py" line="476" />
        <source>Checking rows…</source>
        <translation>Revisando filas…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="478" />
        <source>Comparing with the database…</source>
        <translation>Comparando con la base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="478" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="484" />
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="486" />
        <source>{0} rows: {1} new, {2} updated, {3} unchanged, {4} rejected</source>
        <translation>{0} filas: {1} nuevas, {2} actualizadas, {3} sin cambios, {4} rechazadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="494" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="286" />
        <source>Checking {0}…</source>
        <translation>Revisando {0}…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../tracker/ui/timeline_area.py" line="21" />
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
</TS>