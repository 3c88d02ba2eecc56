<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="306" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="215" />
        <location filename="../../tracker/ui/file_menu.py" line="223" />
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="62" />
        <location filename="../../tracker/ui/file_menu.py" line="217" />
        <location filename="../../tracker/ui/file_menu.py" line="268" />
        <source>Tracker databases (*.sqlite)</source>
        <translation>Bases de datos del rastreador (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="51" />
        <location filename="../../tracker/ui/file_menu.py" line="69" />
        <location filename="../../tracker/ui/file_menu.py" line="73" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="52" />
        <source>Only a database file of your own can be restored from a backup.</source>
        <translation>Solo se puede restaurar desde una copia de seguridad un archivo de base de datos propio.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="60" />
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="70" />
        <source>Replace {0} with {1}? The current file is kept as a backup.</source>
        <translation>¿Reemplazar {0} por {1}? El archivo actual se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="114" />
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="116" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="118" />
        <source>Wrote {0} audit-trail rows to {1}</source>
        <translation>Se escribieron {0} filas del registro de auditoría en {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="142" />
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="154" />
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged</source>
        <translation>Importado {0}: {1} nuevos, {2} actualizados, {3} sin cambios</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="194" />
        <source>Chart written to {0}</source>
        <translation>Gráfico guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="224" />
        <source>Start {0} empty, or with the bundled datasets (commitments, deliveries, policy events and border encounters, 2020–2021)?</source>
        <translation>¿Empezar {0} vacía o con los datos incluidos (compromisos, entregas, eventos de política y encuentros en la frontera, 2020–2021)?</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="230" />
        <source>&amp;Empty</source>
        <translation>&amp;Vacía</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="231" />
        <source>With the &amp;bundled data</source>
        <translation>Con los datos &amp;incluidos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="241" />
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="243" />
        <source>Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos del rastreador (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="266" />
        <source>Back up database</source>
        <translation>Respaldar base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="270" />
        <source>Backed up to {0}</source>
        <translation>Respaldo guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="313" />
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="319" />
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="325" />
        <source>Open &amp;bundled dataset (read-only)</source>
        <translation>Abrir datos &amp;incluidos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="331" />
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="282" />
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="284" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="286" />
        <source>Report written to {0}</source>
        <translation>Informe guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="340" />
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="346" />
        <source>E&amp;xport data…</source>
        <translation>E&amp;xportar datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="352" />
        <source>Export &amp;chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="358" />
        <source>Export &amp;map…</source>
        <translation>Exportar &amp;mapa…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="363" />
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="369" />
        <source>&amp;Back up…</source>
        <translation>&amp;Respaldar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="374" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="379" />
        <source>Export the &amp;audit trail…</source>
        <translation>Exportar el registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/file_menu.py" line="384" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="44" />
        <source>&amp;Edit</source>
        <extracomment>The kinds whose records keep an audit trail.</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="46" />
        <location filename="../../tracker/ui/help_dialogs.py" line="26" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="50" />
        <location filename="../../tracker/ui/help_dialogs.py" line="27" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="64" />
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="72" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Editar registro…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="78" />
        <source>Re&amp;vise commitment…</source>
        <translation>Re&amp;visar compromiso…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="84" />
        <source>&amp;Delete record</source>
        <translation>&amp;Eliminar registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="90" />
        <source>Suggest &amp;links to commitments…</source>
        <translation>Sugerir &amp;vínculos con compromisos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="95" />
        <source>Show &amp;deliveries of this commitment</source>
        <translation>Mostrar las &amp;entregas de este compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="101" />
        <source>Record &amp;history…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/edit_menu.py" line="108" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="48" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="57" />
        <source>F&amp;ulfilment and lead times…</source>
        <translation>C&amp;umplimiento y plazos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="64" />
        <source>&amp;Fit all</source>
        <translation>&amp;Ajustar todo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="74" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="79" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="87" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="89" />
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="90" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/view_menu.py" line="91" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/actions.py" line="85" />
        <source>Main toolbar</source>
        <extracomment>The toolbar's actions by key, ``None`` a separator.</extracomment>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_menu.py" line="17" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_menu.py" line="24" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_menu.py" line="30" />
        <source>Data &amp;sources and licences</source>
        <translation>&amp;Fuentes de datos y licencias</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_menu.py" line="36" />
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/help_menu.py" line="41" />
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
        <location filename="../../tracker/ui/fields.py" line="88" />
        <source>Country or actor: name or code (e.g. MEX, México)</source>
        <translation>País o actor: nombre o código (p. ej. MEX, México)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="155" />
        <source>History of {0} #{1}</source>
        <translation>Historial de {0} n.º {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="166" />
        <source>&amp;Export the audit trail…</source>
        <translation>&amp;Exportar el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="178" />
        <source>{0} entries; select one to see every field before and after.</source>
        <translation>{0} entradas; seleccione una para ver cada campo antes y después.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="180" />
        <source>No changes recorded for this record.</source>
        <translation>No hay cambios registrados para este registro.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="200" />
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="202" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="214" />
        <source>Exported {0} rows to {1}</source>
        <translation>Se exportaron {0} filas a {1}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../tracker/ui/audit_dialog.py" line="39" />
        <source>Added</source>
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
        <location filename="../../tracker/ui/import_wizard.py" line="340" />
        <source>Check every row</source>
        <translation>Revisar cada fila</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="347" />
        <location filename="../../tracker/ui/import_wizard.py" line="374" />
        <source>Import only the valid rows</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="349" />
        <source>Save these choices as a profile (name)</source>
        <translation>Guardar estas opciones como perfil (nombre)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="368" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="368" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="368" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="374" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="80" />
        <location filename="../../tracker/ui/table_models.py" line="119" />
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="66" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="67" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="68" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="73" />
        <source>Doses</source>
        <extracomment>Columns several tables share, declared once.</extracomment>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="83" />
        <source>Deal</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="84" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="74" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="75" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="76" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="77" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="91" />
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="95" />
        <source>Fulfils</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="101" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="102" />
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="103" />
        <location filename="../../tracker/ui/table_models.py" line="149" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="104" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="105" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="108" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="111" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="112" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="113" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="114" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="118" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="121" />
        <source>Committed</source>
        <translation>Comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="122" />
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="123" />
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="124" />
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="125" />
        <source>Delivered per 100 people</source>
        <translation>Entregadas por cada 100 habitantes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="127" />
        <source>Counted from</source>
        <translation>Contado a partir de</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="128" />
        <source>Latest official tally</source>
        <translation>Última cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="129" />
        <source>Tally date</source>
        <translation>Fecha de la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="130" />
        <source>First delivery</source>
        <translation>Primera entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="131" />
        <source>Last delivery</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="132" />
        <source>Days to first</source>
        <translation>Días a la primera</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="133" />
        <source>Days to final</source>
        <translation>Días a la última</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="134" />
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="135" />
        <source>Data as of</source>
        <translation>Datos al</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="138" />
        <source>Tally</source>
        <translation>Cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="139" />
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="141" />
        <source>Official tally</source>
        <translation>Cifra oficial</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="142" />
        <source>Recorded deliveries</source>
        <translation>Entregas registradas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="143" />
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="144" />
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="145" />
        <source>Records behind the sum</source>
        <translation>Registros de la suma</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="148" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="150" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="151" />
        <source>Records citing it</source>
        <translation>Registros que la citan</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="24" />
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="24" />
        <source>Add commitment</source>
        <translation>Añadir compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="27" />
        <source>&amp;Announced on</source>
        <translation>&amp;Anunciado el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="28" />
        <source>D&amp;eal</source>
        <translation>Tipo de &amp;acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="29" />
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="31" />
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="33" />
        <source>Tar&amp;get date</source>
        <translation>Fecha &amp;objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="38" />
        <source>Use Revise commitment to change the figure</source>
        <translation>Use «Revisar compromiso» para cambiar la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="53" />
        <source>choose a vaccine from the list</source>
        <translation>elija una vacuna de la lista</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commitment_form.py" line="55" />
        <source>a whole number of doses</source>
        <translation>un número entero de dosis</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="38" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="39" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="40" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="41" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="42" />
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="43" />
        <source>Arrived on</source>
        <translation>Llegó el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="44" />
        <source>Announced on</source>
        <translation>Anunciado el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="45" />
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="46" />
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="47" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="48" />
        <source>Deal type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="49" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="50" />
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="51" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="52" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="53" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="54" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="55" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="56" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="57" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="58" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="59" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="126" />
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="134" />
        <source>Keep &amp;my version</source>
        <translation>Conservar &amp;mi versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="135" />
        <source>Take the &amp;other version</source>
        <translation>Tomar la &amp;otra versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="136" />
        <source>Save the &amp;merge</source>
        <translation>Guardar la &amp;combinación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="153" />
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="157" />
        <source>{0} changed this {1} ({2}) while you were editing it. Choose, field by field, which version to keep.</source>
        <translation>{0} cambió este {1} ({2}) mientras usted lo editaba. Elija, campo por campo, qué versión conservar.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="178" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="178" />
        <source>Your version</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="178" />
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="196" />
        <source>Both of you changed this field</source>
        <translation>Ambos cambiaron este campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="203" />
        <source>Both versions are now the same.</source>
        <translation>Ahora las dos versiones son iguales.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/conflict_dialog.py" line="266" />
        <source>It was changed again while you were choosing; here is the newest version. Nothing was saved yet.</source>
        <translation>Se volvió a cambiar mientras usted elegía; esta es la versión más reciente. Aún no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="190" />
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="195" />
        <source>Open a &amp;read-only copy</source>
        <translation>Abrir una copia de solo &amp;lectura</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="197" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="212" />
        <source>{0} is damaged. It has not been changed, and nothing will be written to it.
What is wrong:</source>
        <translation>{0} está dañado. No se ha modificado y no se escribirá nada en él.
Qué está mal:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="219" />
        <source>Look at what can still be read, in a copy; changes cannot be saved.</source>
        <translation>Vea lo que aún se puede leer, en una copia; no se podrán guardar cambios.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="221" />
        <source>Too much of the file is damaged to show it.</source>
        <translation>El archivo está demasiado dañado para mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="225" />
        <source>Restore the &amp;backup ({0})</source>
        <translation>Restaurar la &amp;copia de seguridad ({0})</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="228" />
        <source>Replaces the file with {0}; the damaged file is kept in {1}.</source>
        <translation>Reemplaza el archivo por {0}; el archivo dañado se conserva en {1}.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="233" />
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
        <location filename="../../tracker/ui/fields.py" line="51" />
        <source>YYYY-MM-DD, or 28/3/2021, 28/3</source>
        <extracomment>Inline error text under an input (forms, filter panel).</extracomment>
        <translation>AAAA-MM-DD, o 28/3/2021, 28/3</translation>
    </message>
</context>
<context>
    <name>DeliveryForm</name>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="38" />
        <source>Edit delivery</source>
        <translation>Editar entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="38" />
        <source>Add delivery</source>
        <translation>Añadir entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="41" />
        <source>&amp;Arrived on</source>
        <translation>&amp;Llegó el</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="43" />
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="47" />
        <location filename="../../tracker/ui/delivery_form.py" line="75" />
        <source>(not linked)</source>
        <translation>(sin vincular)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="48" />
        <source>&amp;Fulfils commitment</source>
        <translation>&amp;Cumple el compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="52" />
        <source>&amp;Quick-fill from the last similar delivery</source>
        <translation>&amp;Rellenar con la última entrega similar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="92" />
        <source>Still outstanding on this commitment: {0} doses</source>
        <translation>Aún pendientes en este compromiso: {0} dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="101" />
        <source>No earlier delivery from this donor to this recipient.</source>
        <translation>No hay entregas anteriores de este donante a este receptor.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="123" />
        <source>choose a vaccine from the list</source>
        <translation>elija una vacuna de la lista</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="125" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/delivery_form.py" line="127" />
        <source>a whole number of doses</source>
        <translation>un número entero de dosis</translation>
    </message>
</context>
<context>
    <name>DosesEdit</name>
    <message>
        <location filename="../../tracker/ui/fields.py" line="206" />
        <source>e.g. 1,500,000</source>
        <translation>p. ej. 1.500.000</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../tracker/ui/editing.py" line="56" />
        <source>{0} doses</source>
        <extracomment>The kinds a user edits, and the stored column behind each one's "date".</extracomment>
        <translation>{0} dosis</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="26" />
        <source>Edit policy event</source>
        <translation>Editar evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="26" />
        <source>Add policy event</source>
        <translation>Añadir evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="29" />
        <source>&amp;Date (or start)</source>
        <translation>&amp;Fecha (o inicio)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="30" />
        <source>&amp;Until (for a period)</source>
        <translation>&amp;Hasta (para un periodo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="31" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="33" />
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="36" />
        <source>Codes or names separated by ; (e.g. USA; México)</source>
        <translation>Códigos o nombres separados por ; (p. ej. USA; México)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="37" />
        <source>&amp;Actors</source>
        <translation>&amp;Actores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="38" />
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/event_form.py" line="68" />
        <source>unknown: {0}</source>
        <translation>desconocido: {0}</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="65" />
        <location filename="../../tracker/ui/export_dialog.py" line="174" />
        <source>Export chart</source>
        <extracomment>format key -&gt; (suffix, dpi, label)</extracomment>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="79" />
        <source>Automatic (from the filters)</source>
        <translation>Automático (según los filtros)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="84" />
        <source>Whole range of the filters</source>
        <translation>Todo el rango de los filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="85" />
        <source>Visible range</source>
        <translation>Rango visible</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="92" />
        <source>Visible range ({0} to {1})</source>
        <translation>Rango visible ({0} a {1})</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="98" />
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="107" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="108" />
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="109" />
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="110" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="111" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="112" />
        <source>Range:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_dialog.py" line="114" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="69" />
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="96" />
        <location filename="../../tracker/ui/export_data_dialog.py" line="132" />
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="97" />
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="100" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="101" />
        <source>a .csv or .xlsx file</source>
        <translation>un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="102" />
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="103" />
        <source>UTF-8 with BOM (so Excel shows accents)</source>
        <translation>UTF-8 con BOM (para que Excel muestre los acentos)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="104" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="123" />
        <source>The current view ({0} rows)</source>
        <translation>La vista actual ({0} filas)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/export_data_dialog.py" line="134" />
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="59" />
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="62" />
        <source>(guess from the file)</source>
        <translation>(deducir del archivo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="66" />
        <source>File (CSV or XLSX):</source>
        <translation>Archivo (CSV o XLSX):</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="67" />
        <source>Saved profile:</source>
        <translation>Perfil guardado:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="68" />
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="73" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="73" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.xlsx);;Todos (*)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="39" />
        <source>Any vaccine</source>
        <translation>Cualquier vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="48" />
        <source>&amp;Global pledges as committed</source>
        <translation>Promesas &amp;globales como comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="51" />
        <source>Global, COVAX-channel and G7 pledges have their own lane; tick to add them to the committed line instead.</source>
        <translation>Las promesas globales, por COVAX y del G7 tienen su propio carril; márquelo para sumarlas a la línea de lo comprometido.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="55" />
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="61" />
        <source>Any donor</source>
        <translation>Cualquier donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="62" />
        <source>Any recipient</source>
        <translation>Cualquier receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="63" />
        <source>From (any)</source>
        <translation>Desde (cualquiera)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="64" />
        <source>To (any)</source>
        <translation>Hasta (cualquiera)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="65" />
        <source>Search notes, titles, sources…</source>
        <translation>Buscar en notas, títulos, fuentes…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="68" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="69" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="70" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="71" />
        <source>Deal</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="72" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="73" />
        <source>Event category</source>
        <translation>Categoría del evento</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="74" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="75" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="76" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="82" />
        <source>Filter: {0}</source>
        <translation>Filtro: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="118" />
        <source>not a real date (try 2021-03-28 or 28/3/2021)</source>
        <translation>no es una fecha válida (pruebe 2021-03-28 o 28/3/2021)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="121" />
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
        <location filename="../../tracker/ui/import_fields.py" line="14" />
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="15" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="16" />
        <source>Delivery tallies</source>
        <translation>Totales de entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="17" />
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="18" />
        <source>Context series</source>
        <translation>Series de contexto</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="21" />
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="22" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="23" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="24" />
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="25" />
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="26" />
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="27" />
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="28" />
        <source>Countries involved</source>
        <translation>Países involucrados</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="29" />
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="30" />
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="31" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="32" />
        <source>Commitment fulfilled</source>
        <translation>Compromiso que cumple</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="33" />
        <source>Revises commitment</source>
        <translation>Revisa el compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="34" />
        <source>Deal type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="35" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="36" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="37" />
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="38" />
        <source>Other sources</source>
        <translation>Otras fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="39" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="40" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="41" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="42" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="43" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="44" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_fields.py" line="45" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="452" />
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="459" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tracker/ui/labels.py" line="27" />
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="28" />
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="29" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="30" />
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="31" />
        <source>Pledge</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="32" />
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="33" />
        <source>COVAX</source>
        <translation>COVAX</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="34" />
        <source>AVAT</source>
        <translation>AVAT</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="35" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="36" />
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="37" />
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="38" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="39" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="40" />
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="41" />
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="42" />
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="43" />
        <source>Border</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="44" />
        <source>Diplomacy</source>
        <translation>Diplomacia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="45" />
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="46" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="47" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="48" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="49" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="50" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="51" />
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="52" />
        <source>Over-delivered</source>
        <translation>Sobrecumplido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="53" />
        <source>Stale</source>
        <translation>Estancado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="54" />
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="55" />
        <source>Deliveries not (all) recorded</source>
        <translation>Entregas no (todas) registradas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="56" />
        <source>Linked deliveries</source>
        <translation>Entregas vinculadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="57" />
        <source>Matched deliveries</source>
        <translation>Entregas coincidentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="58" />
        <source>No delivery</source>
        <translation>Sin entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="59" />
        <source>Matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="60" />
        <source>Deliveries missing</source>
        <translation>Faltan entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="61" />
        <source>Recorded exceeds tally</source>
        <translation>Lo registrado supera la cifra</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="62" />
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="63" />
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="64" />
        <source>policy event</source>
        <translation>evento de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/labels.py" line="65" />
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
        <location filename="../../tracker/ui/main_window.py" line="333" />
        <location filename="../../tracker/ui/timeline_area.py" line="35" />
        <source>Loading the database…</source>
        <translation>Cargando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/timeline_area.py" line="41" />
        <source>Drawing the timeline…</source>
        <translation>Dibujando la línea de tiempo…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="233" />
        <source>Promises</source>
        <extracomment>Emitted once a window made without a store (the launcher's) shows its data. Emitted once the launcher's window has drawn its timeline (right after the data). Windows replaced on a language switch stay referenced until the app quits. The date cursor's day: Promises and Checkpoints are balanced as of it.</extracomment>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="234" />
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="235" />
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="236" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="237" />
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="238" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="239" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="243" />
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="244" />
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="252" />
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="337" />
        <source>{0} of {1} {2}</source>
        <translation>{0} de {1} {2}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="357" />
        <source>Bundled data as of {0}</source>
        <translation>Datos incluidos al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="347" />
        <source>Promises as of {0}</source>
        <translation>Promesas al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="404" />
        <source>No recorded delivery is behind tally {0}.</source>
        <translation>Ninguna entrega registrada respalda la cifra {0}.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/main_window.py" line="415" />
        <source>{0} deliveries add up to {1} of the tally's {2}.</source>
        <translation>{0} entregas suman {1} de las {2} de la cifra.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="215" />
        <source>As of {0}</source>
        <extracomment>Policy events listed beside the map: within this many days of the cursor. The Sankey diagram's least height in the panel. The map panel's width on a small screen. The centre row's width in a 1366 px wide window (beside the filters).</extracomment>
        <translation>Al {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="273" />
        <location filename="../../tracker/ui/map_tab.py" line="384" />
        <location filename="../../tracker/ui/map_tab.py" line="387" />
        <source>Policy events near the cursor</source>
        <translation>Eventos de política cerca del cursor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="305" />
        <location filename="../../tracker/ui/map_tab.py" line="373" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="305" />
        <location filename="../../tracker/ui/map_tab.py" line="373" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="323" />
        <source>No deliveries to or from {0} in the current filters</source>
        <translation>No hay entregas hacia o desde {0} con los filtros actuales</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="358" />
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="359" />
        <source>Committed</source>
        <translation>Comprometidas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="360" />
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="365" />
        <location filename="../../tracker/ui/map_tab.py" line="388" />
        <source>What the colours show</source>
        <translation>Qué muestran los colores</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="366" />
        <source>Per 100 people</source>
        <translation>Por cada 100 habitantes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="368" />
        <source>Doses per 100 people, on UN World Population Prospects 2024 figures</source>
        <translation>Dosis por cada 100 habitantes, con cifras de World Population Prospects 2024 de la ONU</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="370" />
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="371" />
        <source>Donor → recipient arcs: solid delivered, dashed pending</source>
        <translation>Arcos donante → receptor: continuos entregadas, discontinuos pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="374" />
        <source>Play month by month (Space on the timeline)</source>
        <translation>Reproducir mes a mes (Espacio en la línea de tiempo)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="375" />
        <location filename="../../tracker/ui/map_tab.py" line="385" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="376" />
        <location filename="../../tracker/ui/map_tab.py" line="386" />
        <source>Sankey</source>
        <translation>Sankey</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="377" />
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="379" />
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="380" />
        <source>COVAX</source>
        <translation>COVAX</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="381" />
        <source>AVAT</source>
        <translation>AVAT</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="382" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="389" />
        <source>Play month by month</source>
        <translation>Reproducir mes a mes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="433" />
        <location filename="../../tracker/ui/map_tab.py" line="444" />
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="435" />
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="448" />
        <source>Map written to {0}</source>
        <translation>Mapa guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="464" />
        <source>Country shapes</source>
        <translation>Contornos de los países</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="465" />
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/map_tab.py" line="472" />
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
        <location filename="../../tracker/ui/messages.py" line="52" />
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="54" />
        <source>Database problem</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="59" />
        <source>Cannot use this input</source>
        <translation>No se pueden usar estos datos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="64" />
        <source>Cannot do that</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="70" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/messages.py" line="71" />
        <source>Something went wrong inside the app. Your saved data is safe.</source>
        <translation>Algo falló dentro de la aplicación. Sus datos guardados están a salvo.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="66" />
        <source>&amp;Go to</source>
        <translation>I&amp;r a</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="81" />
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="87" />
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="104" />
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/navigation.py" line="110" />
        <source>P&amp;revious pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="87" />
        <source>Check how the file is read</source>
        <translation>Revise cómo se lee el archivo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="94" />
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="97" />
        <source>ISO (YYYY-MM-DD)</source>
        <translation>ISO (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="99" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="109" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="109" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="114" />
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="115" />
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="116" />
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="117" />
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="118" />
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="119" />
        <source>Thousands separator:</source>
        <translation>Separador de miles:</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="224" />
        <source>No column gives the confidence: every row will be recorded as High. Map a Confidence column to set it per row.</source>
        <translation>Ninguna columna da la confianza: todas las filas se registrarán como Alta. Asigne una columna Confianza para indicarla fila por fila.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../tracker/ui/path_field.py" line="58" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
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
        <location filename="../../tracker/ui/quality_panel.py" line="51" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="51" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="57" />
        <source>Not a record</source>
        <translation>No es un registro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="62" />
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="62" />
        <source>{0} findings</source>
        <translation>{0} hallazgos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="63" />
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="63" />
        <source>{0} warnings</source>
        <translation>{0} advertencias</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/quality_panel.py" line="65" />
        <source>{0}, {1}. Double-click or press Enter on one to go to the record.</source>
        <translation>{0}, {1}. Haga doble clic o pulse Intro en uno para ir al registro.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../tracker/ui/editing.py" line="95" />
        <source>This is a read-only review copy; changes are not saved. Use File → New database… to work on your own copy.</source>
        <extracomment>Dialogs and forms open on this database (kept referenced while shown).</extracomment>
        <translation>Esta es una copia de consulta de solo lectura; los cambios no se guardan. Use Archivo → Nueva base de datos… para trabajar en su propia copia.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="222" />
        <source>Add {0} {1}</source>
        <translation>Añadir {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="227" />
        <location filename="../../tracker/ui/editing.py" line="420" />
        <source>Edit {0} {1}</source>
        <translation>Editar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="258" />
        <source>{0} {1}: {2} committed, {3} outstanding</source>
        <translation>{0} {1}: {2} comprometidas, {3} pendientes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="288" />
        <source>Revise commitment {0} to {1} doses</source>
        <translation>Revisar compromiso {0} a {1} dosis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="319" />
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="323" />
        <location filename="../../tracker/ui/editing.py" line="325" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="324" />
        <source>Delete {0} {1}? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {0} {1}? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="330" />
        <location filename="../../tracker/ui/editing.py" line="336" />
        <source>Delete {0} {1}</source>
        <translation>Eliminar {0} {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="359" />
        <source>Link {0} deliveries to commitments</source>
        <translation>Vincular {0} entregas con compromisos</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="363" />
        <source>Link delivery {0} to commitment {1}</source>
        <translation>Vincular la entrega {0} con el compromiso {1}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/editing.py" line="418" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../tracker/ui/forms.py" line="105" />
        <source>&amp;Save</source>
        <extracomment>The inputs that hold a code: an actor, a vaccine, or one of a fixed list.</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="108" />
        <source>Save and &amp;add another</source>
        <translation>Guardar y &amp;añadir otro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="110" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="139" />
        <source>{0} error</source>
        <translation>error en {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="155" />
        <source>Conf&amp;idence</source>
        <translation>Conf&amp;ianza</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="168" />
        <source>&amp;Donor</source>
        <translation>&amp;Donante</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="169" />
        <source>&amp;Recipient</source>
        <translation>&amp;Receptor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="170" />
        <source>&amp;Vaccine</source>
        <translation>&amp;Vacuna</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="171" />
        <source>D&amp;oses</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="180" />
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="183" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="193" />
        <source>Preset to your last choice, {0}</source>
        <translation>Preestablecida en su última elección: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="195" />
        <source>Preset to {0}; change it if unsure</source>
        <translation>Preestablecida en {0}; cámbiela si no está seguro</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="264" />
        <source>a date is required</source>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="274" />
        <source>not a real date (try 2021-03-28 or 28/3/2021)</source>
        <translation>no es una fecha válida (pruebe 2021-03-28 o 28/3/2021)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="284" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="289" />
        <source>unknown country or actor</source>
        <translation>país o actor desconocido</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="291" />
        <source>did you mean {0}?</source>
        <translation>¿quiso decir {0}?</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="337" />
        <source>not a web address: {0}</source>
        <translation>no es una dirección web: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/forms.py" line="364" />
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
        <location filename="../../tracker/ui/import_wizard.py" line="391" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="392" />
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="419" />
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
        <location filename="../../tracker/ui/fields.py" line="229" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="229" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="229" />
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="229" />
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="234" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="236" />
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="237" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/fields.py" line="238" />
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="329" />
        <source>Automatic backup failed: {0}</source>
        <translation>Falló la copia de seguridad automática: {0}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/startup.py" line="333" />
        <source>Today's backup: {0}</source>
        <translation>Copia de seguridad de hoy: {0}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../tracker/ui/table_models.py" line="345" />
        <source>Open {0} (Ctrl+click)</source>
        <translation>Abrir {0} (Ctrl+clic)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../tracker/timeline/widget.py" line="143" />
        <source>No records match these filters</source>
        <extracomment>Least heights of the lanes on screen (the context lane's includes its date axis). The least of the chart the window shows (it scrolls below its full height). Room beside the first and last days when the whole range is shown (the biggest delivery marker's radius and its outline). (kind, database id) of the marker the user clicked: "deliveries" or "events". The visible dates changed (zoom, pan, overview, fit).</extracomment>
        <translation>Ningún registro coincide con estos filtros</translation>
    </message>
</context>
<context>
    <name>_AnyChoice</name>
    <message>
        <location filename="../../tracker/ui/filter_panel.py" line="23" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="286" />
        <location filename="../../tracker/ui/import_wizard.py" line="311" />
        <source>Checking rows…</source>
        <translation>Revisando filas…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="313" />
        <source>Comparing with the database…</source>
        <translation>Comparando con la base de datos…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="313" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="319" />
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="321" />
        <source>{0} rows: {1} new, {2} updated, {3} unchanged, {4} rejected</source>
        <translation>{0} filas: {1} nuevas, {2} actualizadas, {3} sin cambios, {4} rechazadas</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/import_wizard.py" line="329" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <location filename="../../tracker/ui/startup.py" line="281" />
        <source>Checking {0}…</source>
        <translation>Revisando {0}…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../tracker/ui/timeline_area.py" line="67" />
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
</TS>