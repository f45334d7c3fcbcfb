<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>EOLatent</name>
    <message>
      <location filename="../plugin/algorithm_task.py" line="111" />
      <source>The algorithm failed.</source>
      <translation>L'algorithme a échoué.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithm_task.py" line="78" />
      <source>The EO Latent Processing provider is not loaded.</source>
      <translation>Le fournisseur de traitements EO Latent n'est pas chargé.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithm_task.py" line="120" />
      <location filename="../plugin/latent_viewer.py" line="214" />
      <location filename="../plugin/plugin.py" line="78" />
      <source>EO Latent</source>
      <translation>EO Latent</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="17" />
      <source>EO Latent: diagnostics</source>
      <translation>EO Latent : diagnostics</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="49" />
      <source>EO Latent — diagnostics</source>
      <translation>EO Latent — diagnostics</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="58" />
      <source>Plugin version</source>
      <translation>Version de l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="58" />
      <source>QGIS version</source>
      <translation>Version de QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>Python version</source>
      <translation>Version de Python</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>onnxruntime version</source>
      <translation>Version d'onnxruntime</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>Available execution providers</source>
      <translation>Fournisseurs d'exécution disponibles</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>Execution provider used</source>
      <translation>Fournisseur d'exécution utilisé</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="61" />
      <source>GPU</source>
      <translation>GPU</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="83" />
      <source>Copy report</source>
      <translation>Copier le rapport</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="86" />
      <location filename="../plugin/models_dialog.py" line="134" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="88" />
      <location filename="../plugin/latent_viewer.py" line="129" />
      <location filename="../plugin/models_dialog.py" line="136" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="98" />
      <source>Gathering the diagnostics (checksums of the models, a test session)…</source>
      <translation>Collecte des diagnostics (sommes de contrôle des modèles, session de test)…</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="67" />
      <source>Installed models</source>
      <translation>Modèles installés</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/stack_dock.py" line="136" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="94" />
      <source>Model id</source>
      <translation>Identifiant du modèle</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="94" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="73" />
      <location filename="../plugin/models_dialog.py" line="95" />
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="74" />
      <source>Weights sha256</source>
      <translation>sha256 des poids</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="74" />
      <source>Checksum</source>
      <translation>Somme de contrôle</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="130" />
      <source>verified</source>
      <translation>vérifiée</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="130" />
      <source>NOT verified</source>
      <translation>NON vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="180" />
      <source>Report copied to the clipboard.</source>
      <translation>Rapport copié dans le presse-papiers.</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="107" />
      <location filename="../plugin/models_dialog.py" line="315" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="146" />
      <source>plugin folder</source>
      <translation>dossier de l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="146" />
      <source>user model folder</source>
      <translation>dossier de modèles de l'utilisateur</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="140" />
      <source>Some models failed their checks: {}</source>
      <translation>Certains modèles ont échoué à leurs vérifications : {}</translation>
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="121" />
      <source>none found</source>
      <translation>aucun trouvé</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="45" />
      <source>PCA {layer} {start} – {end} ({p1:.0f}/{p2:.0f}/{p3:.0f} % of variance)</source>
      <translation>ACP {layer} {start} – {end} ({p1:.0f}/{p2:.0f}/{p3:.0f} % de la variance)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="75" />
      <source>EO Latent: PCA composite</source>
      <translation>EO Latent : composition ACP</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="104" />
      <source>EO Latent — show latent as PCA composite</source>
      <translation>EO Latent — afficher le latent en composition ACP</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="118" />
      <source>Save beside the latent raster (else a temporary file)</source>
      <translation>Enregistrer à côté du raster latent (sinon dans un fichier temporaire)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="124" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="126" />
      <location filename="../plugin/models_dialog.py" line="108" />
      <location filename="../plugin/query_dock.py" line="71" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="183" />
      <source>Computing the principal components…</source>
      <translation>Calcul des composantes principales…</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="110" />
      <source>Latent raster (output of eolatent:encode)</source>
      <translation>Raster latent (sortie de eolatent:encode)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="115" />
      <source>Time window</source>
      <translation>Fenêtre temporelle</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="174" />
      <source>Choose a latent raster (an output of eolatent:encode) first.</source>
      <translation>Choisissez d'abord un raster latent (une sortie de eolatent:encode).</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="195" />
      <source>The PCA composite was cancelled.</source>
      <translation>La composition ACP a été annulée.</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="151" />
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="202" />
      <source>{name}. Principal components fitted on {n} valid latent pixels, each stretched between its 2nd and 98th percentile. File: {path}</source>
      <translation>{name}. Composantes principales ajustées sur {n} pixels latents valides, chacune étirée entre ses 2e et 98e centiles. Fichier : {path}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="207" />
      <source>Added: {}</source>
      <translation>Ajouté : {}</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="153" />
      <source> (no valid pixel: all cloud or no data)</source>
      <translation> (aucun pixel valide : tout nuage ou sans données)</translation>
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="163" />
      <source>{} is not a latent raster; choose an output of eolatent:encode.</source>
      <translation>{} n'est pas un raster latent ; choisissez une sortie de eolatent:encode.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="33" />
      <source>“Install from folder…”</source>
      <translation>« Installer depuis un dossier… »</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="81" />
      <source>EO Latent — models</source>
      <translation>EO Latent — modèles</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="117" />
      <source>Install</source>
      <translation>Installer</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="118" />
      <source>Download the selected model from its release URL (sha256 verified)</source>
      <translation>Télécharger le modèle sélectionné depuis l'URL de sa publication (sha256 vérifié)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="120" />
      <source>Install from folder…</source>
      <translation>Installer depuis un dossier…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="121" />
      <source>Offline install: copy the model and its sidecar files from a folder or from the .onnx file (sha256 verified)</source>
      <translation>Installation hors ligne : copier le modèle et ses fichiers annexes depuis un dossier ou depuis le fichier .onnx (sha256 vérifié)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="128" />
      <source>Verify</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="129" />
      <source>Hash the installed files of the selected model again</source>
      <translation>Recalculer l'empreinte des fichiers installés du modèle sélectionné</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="131" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="132" />
      <source>Delete the selected model from the user model folder</source>
      <translation>Supprimer le modèle sélectionné du dossier de modèles de l'utilisateur</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="179" />
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="185" />
      <source>not checked</source>
      <translation>non vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="244" />
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="286" />
      <source>its release URL</source>
      <translation>l'URL de sa publication</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="94" />
      <source>Size (MB)</source>
      <translation>Taille (Mo)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="94" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="95" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="95" />
      <source>Partial download</source>
      <translation>Téléchargement partiel</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="191" />
      <source>{} of {} MB, resumable</source>
      <translation>{} sur {} Mo, reprenable</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="35" />
      <source>install offline with {}</source>
      <translation>installez hors ligne avec {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="36" />
      <source>install it offline with {}</source>
      <translation>installez-le hors ligne avec {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="37" />
      <source>offline: {}</source>
      <translation>hors ligne : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="46" />
      <source>EO Latent: installing {}</source>
      <translation>EO Latent : installation de {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="160" />
      <source>User model folder: {}</source>
      <translation>Dossier de modèles de l'utilisateur : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="179" />
      <source>shipped</source>
      <translation>fourni avec l'extension</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="179" />
      <source>installed</source>
      <translation>installé</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="254" />
      <source>Download {} {} ({} MB, licence {}) from
{}
into {}?</source>
      <translation>Télécharger {} {} ({} Mo, licence {}) depuis
{}
dans {} ?</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="256" />
      <source>Install a model</source>
      <translation>Installer un modèle</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="271" />
      <source>ONNX models (*.onnx)</source>
      <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="287" />
      <source>Installing {} from {}…</source>
      <translation>Installation de {} depuis {}…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="349" />
      <source>Remove a model</source>
      <translation>Supprimer un modèle</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="124" />
      <source>From a folder…</source>
      <translation>Depuis un dossier…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="125" />
      <source>From the model file (.onnx)…</source>
      <translation>Depuis le fichier du modèle (.onnx)…</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="296" />
      <source>Installing {}: {} of {} MB</source>
      <translation>Installation de {} : {} sur {} Mo</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="309" />
      <source>{} is installed and verified: {}</source>
      <translation>{} est installé et vérifié : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="359" />
      <source>Removed: {}</source>
      <translation>Supprimé : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="270" />
      <source>The model file {} (its sidecar files beside it)</source>
      <translation>Le fichier du modèle {} (ses fichiers annexes à côté)</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="273" />
      <source>Folder holding {}</source>
      <translation>Dossier contenant {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="312" />
      <source>{} was installed but does not match the manifest: {}</source>
      <translation>{} a été installé mais ne correspond pas au manifeste : {}</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="317" />
      <source>The install failed.</source>
      <translation>L'installation a échoué.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="336" />
      <source>{} is not installed.</source>
      <translation>{} n'est pas installé.</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="350" />
      <source>Delete {} and its files from {}?</source>
      <translation>Supprimer {} et ses fichiers de {} ?</translation>
    </message>
    <message>
      <location filename="../plugin/models_dialog.py" line="338" />
      <source>{}: its files match the manifest.</source>
      <translation>{} : ses fichiers correspondent au manifeste.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="25" />
      <source>EO Latent — pixel time series</source>
      <translation>EO Latent — série temporelle d'un pixel</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="40" />
      <source>Pick a pixel on the map</source>
      <translation>Choisir un pixel sur la carte</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="43" />
      <source>Refresh layers</source>
      <translation>Actualiser les couches</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="60" />
      <source>Click “Pick a pixel on the map”, then click the map.</source>
      <translation>Cliquez sur « Choisir un pixel sur la carte », puis cliquez sur la carte.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="35" />
      <source>Variables to plot (per-date outputs; the 1σ raster is found by itself)</source>
      <translation>Variables à tracer (sorties par date ; le raster 1σ est trouvé automatiquement)</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="138" />
      <source>No variable chosen: tick a per-date output (LAI, soil moisture, …) above.</source>
      <translation>Aucune variable choisie : cochez ci-dessus une sortie par date (LAI, humidité du sol, …).</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="156" />
      <source>Pixel at {x:.2f}, {y:.2f} ({crs})</source>
      <translation>Pixel en {x:.2f}, {y:.2f} ({crs})</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="53" />
      <source>The plot needs matplotlib: install python3-matplotlib (Debian/Ubuntu) or `python3 -m pip install --user matplotlib`.</source>
      <translation>Le graphique nécessite matplotlib : installez python3-matplotlib (Debian/Ubuntu) ou `python3 -m pip install --user matplotlib`.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="92" />
      <source>{layer} ({variable}, {n} dates)</source>
      <translation>{layer} ({variable}, {n} dates)</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="177" />
      <source>±1σ</source>
      <translation>±1σ</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="152" />
      <source>{}: no data at this pixel.</source>
      <translation>{} : pas de données pour ce pixel.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="146" />
      <source>{}: the click is outside the raster.</source>
      <translation>{} : le clic est en dehors du raster.</translation>
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="149" />
      <source>{layer}: {error}</source>
      <translation>{layer} : {error}</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="72" />
      <source>Text query…</source>
      <translation>Requête textuelle…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="110" />
      <source>Show latent as PCA composite…</source>
      <translation>Afficher le latent en composition ACP…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="119" />
      <source>Models…</source>
      <translation>Modèles…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="128" />
      <source>Diagnostics…</source>
      <translation>Diagnostics…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="103" />
      <source>Build stack…</source>
      <translation>Construire une pile…</translation>
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="104" />
      <source>Pixel time series…</source>
      <translation>Série temporelle d'un pixel…</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="47" />
      <source>EO Latent — text query</source>
      <translation>EO Latent — requête textuelle</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="61" />
      <source>vineyards</source>
      <translation>vineyards</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="65" />
      <source>negative prompts, comma-separated (optional): water, forest</source>
      <translation>requêtes négatives, séparées par des virgules (facultatif) : water, forest</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="68" />
      <source>Run</source>
      <translation>Exécuter</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="131" />
      <source>Running…</source>
      <translation>Exécution en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="159" />
      <location filename="../processing_provider/textquery_algorithm.py" line="142" />
      <source>computed</source>
      <translation>calculé</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="55" />
      <location filename="../processing_provider/textquery_algorithm.py" line="72" />
      <source>Sentinel-2 stack or latent raster</source>
      <translation>Pile Sentinel-2 ou raster latent</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="59" />
      <source>What are you looking for? (English, one prompt per line)</source>
      <translation>Que cherchez-vous ? (en anglais, une requête par ligne)</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="78" />
      <source>Mask threshold</source>
      <translation>Seuil du masque</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="88" />
      <source>History (double-click to run again)</source>
      <translation>Historique (double-clic pour relancer)</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="127" />
      <source>Choose a Sentinel-2 stack or a latent raster first.</source>
      <translation>Choisissez d'abord une pile Sentinel-2 ou un raster latent.</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="160" />
      <source>Done in {:.2f} s (image side {}).</source>
      <translation>Terminé en {:.2f} s (côté image {}).</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="158" />
      <source>reused from memory</source>
      <translation>réutilisé depuis la mémoire</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="158" />
      <source>reused from the disk cache</source>
      <translation>réutilisé depuis le cache disque</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="32" />
      <source>&lt; {:.2f}</source>
      <translation>&lt; {:.2f}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="34" />
      <source>≥ {:.2f}</source>
      <translation>≥ {:.2f}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="144" />
      <location filename="../processing_provider/textquery_algorithm.py" line="103" />
      <source>P({})</source>
      <translation>P({})</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="146" />
      <location filename="../processing_provider/textquery_algorithm.py" line="103" />
      <source>mask: {}</source>
      <translation>masque : {}</translation>
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="162" />
      <source>Warning: {}</source>
      <translation>Avertissement : {}</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="85" />
      <source>EO Latent: scanning product folders</source>
      <translation>EO Latent : analyse des dossiers de produits</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="108" />
      <source>EO Latent — build stack</source>
      <translation>EO Latent — construire une pile</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="132" />
      <source>Scan the folders</source>
      <translation>Analyser les dossiers</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="149" />
      <source>Dates (first, last)</source>
      <translation>Dates (première, dernière)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="150" />
      <source>Unticked: every date found, no date filter. Tick it (or change a date) to keep only the dates between the first and the last.</source>
      <translation>Non cochée : toutes les dates trouvées, sans filtre de date. Cochez-la (ou changez une date) pour ne garder que les dates entre la première et la dernière.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="168" />
      <source>Maximum cloud cover</source>
      <translation>Couverture nuageuse maximale</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="176" />
      <source>Sentinel-2 bands</source>
      <translation>Bandes Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="180" />
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="184" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="196" />
      <source>CRS of the first Sentinel-2 date</source>
      <translation>SCR de la première date Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="198" />
      <source>Target CRS</source>
      <translation>SCR cible</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="202" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="203" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="206" />
      <source>output folder (empty: temporary folder)</source>
      <translation>dossier de sortie (vide : dossier temporaire)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="213" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="215" />
      <source>Stack name</source>
      <translation>Nom de la pile</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="218" />
      <source>Build</source>
      <translation>Construire</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="233" />
      <source>Folder of products</source>
      <translation>Dossier de produits</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="245" />
      <source>Scanning…</source>
      <translation>Analyse en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="430" />
      <source>Building the stack…</source>
      <translation>Construction de la pile en cours…</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="121" />
      <source>Sentinel-2 folders</source>
      <translation>Dossiers Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="121" />
      <source>Sentinel-1 folders</source>
      <translation>Dossiers Sentinel-1</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="122" />
      <source>folders separated by ';'</source>
      <translation>dossiers séparés par ';'</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="127" />
      <source>Add a folder</source>
      <translation>Ajouter un dossier</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="136" />
      <source>Use</source>
      <translation>Utiliser</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="136" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="136" />
      <source>Sensor</source>
      <translation>Capteur</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="136" />
      <source>Cloud cover (%)</source>
      <translation>Couverture nuageuse (%)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="178" />
      <source>All the data</source>
      <translation>Toutes les données</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="178" />
      <source>Map canvas extent</source>
      <translation>Emprise du canevas de carte</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="178" />
      <source>Extent of a layer</source>
      <translation>Emprise d'une couche</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="179" />
      <source>Polygons of a layer (outside: no data)</source>
      <translation>Polygones d'une couche (à l'extérieur : pas de données)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="179" />
      <source>Rectangle drawn on the map</source>
      <translation>Rectangle dessiné sur la carte</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="242" />
      <location filename="../plugin/stack_dock.py" line="401" />
      <source>Choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation>Choisissez un dossier Sentinel-2, un dossier Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="360" />
      <source>Choose the layer that gives the area.</source>
      <translation>Choisissez la couche qui définit la zone.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="371" />
      <source>This version of eolatent:buildstack builds every band common to the chosen dates.</source>
      <translation>Cette version de eolatent:buildstack construit toutes les bandes communes aux dates choisies.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="439" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="131" />
      <location filename="../processing_provider/encode_algorithm.py" line="84" />
      <source>Sentinel-2 stack</source>
      <translation>Pile Sentinel-2</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="440" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="132" />
      <source>Sentinel-1 stack</source>
      <translation>Pile Sentinel-1</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="454" />
      <source>Built: Sentinel-2 dates {s2}; Sentinel-1 dates {s1}.</source>
      <translation>Construit : dates Sentinel-2 {s2} ; dates Sentinel-1 {s1}.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="253" />
      <source>The scan was cancelled.</source>
      <translation>L'analyse a été annulée.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="257" />
      <source>{n} product date(s) found; {k} other file(s) skipped.</source>
      <translation>{n} date(s) de produit trouvée(s) ; {k} autre(s) fichier(s) ignoré(s).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="271" />
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="357" />
      <source>Draw a rectangle on the map first (Area: Draw).</source>
      <translation>Dessinez d'abord un rectangle sur la carte (Zone : Dessiner).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="385" />
      <source>No product is ticked; tick the dates to build.</source>
      <translation>Aucun produit n'est coché ; cochez les dates à construire.</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="445" />
      <source>{label} ({n} dates)</source>
      <translation>{label} ({n} dates)</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="460" />
      <source>Clouds were detected with the spectral rules, less accurate on Level-1C dates: the s2cloudless model is not installed (Raster ▸ EO Latent ▸ Models…).</source>
      <translation>Les nuages ont été détectés par les règles spectrales, moins précises sur les dates Level-1C : le modèle s2cloudless n'est pas installé (Raster ▸ EO Latent ▸ Modèles…).</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="448" />
      <source>{name}: {title}</source>
      <translation>{name} : {title}</translation>
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="353" />
      <source>{} has no polygons; choose a polygon layer.</source>
      <translation>{} n'a pas de polygones ; choisissez une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="98" />
      <source>Input stacks</source>
      <translation>Piles d'entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="98" />
      <source>Latent representations</source>
      <translation>Représentations latentes</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="99" />
      <source>Physical variables</source>
      <translation>Variables physiques</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="99" />
      <source>Maps from latents</source>
      <translation>Cartes à partir des latents</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="141" />
      <source>CPU threads (0 = automatic)</source>
      <translation>Threads CPU (0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="143" />
      <source>Tile size (pixels)</source>
      <translation>Taille de tuile (pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="139" />
      <source>Execution provider (auto: CUDA GPU when available, else CPU)</source>
      <translation>Fournisseur d'exécution (auto : GPU CUDA si disponible, sinon CPU)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="152" />
      <location filename="../processing_provider/biophysical_algorithm.py" line="131" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="116" />
      <source>Detect clouds and shadows in Sentinel-2 dates without a cloud mask</source>
      <translation>Détecter les nuages et les ombres dans les dates Sentinel-2 sans masque de nuages</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="140" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="140" />
      <source>CUDA (GPU)</source>
      <translation>CUDA (GPU)</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="140" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="176" />
      <source>{}: {!r} is not a date; give YYYY-MM-DD.</source>
      <translation>{} : {!r} n'est pas une date ; indiquez AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="266" />
      <source>Cancelled: no output was written.</source>
      <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="53" />
      <source>Biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC)</source>
      <translation>Variables biophysiques (LAI, FAPAR, FCOVER, CCC, CWC)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="56" />
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: give one of the two. &lt;i&gt;Sentinel-2 stack or single-date raster&lt;/i&gt; (INPUT): a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands). &lt;i&gt;Sentinel-2 product folder&lt;/i&gt; (INPUT_FOLDER): an ESA SAFE L1C/L2A folder (*.SAFE) or a Theia/MAJA L2A folder; with qgis_process or processing.run, INPUT=path/to/product.SAFE (or its MTD_MSIL2A.xml) is taken as that folder too. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : donnez l'une des deux. &lt;i&gt;Pile Sentinel-2 ou raster d'une seule date&lt;/i&gt; (INPUT) : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes). &lt;i&gt;Dossier de produit Sentinel-2&lt;/i&gt; (INPUT_FOLDER) : un dossier ESA SAFE L1C/L2A (*.SAFE) ou un dossier Theia/MAJA L2A ; avec qgis_process ou processing.run, INPUT=chemin/vers/produit.SAFE (ou son MTD_MSIL2A.xml) est aussi compris comme ce dossier. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="104" />
      <source>Sun zenith angle (°), for inputs without angle metadata</source>
      <translation>Angle zénithal solaire (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="106" />
      <source>View zenith angle (°), for inputs without angle metadata</source>
      <translation>Angle zénithal de visée (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="109" />
      <source>Relative sun–view azimuth (°), for inputs without angle metadata</source>
      <translation>Azimut relatif soleil–visée (°), pour les entrées sans métadonnées d'angles</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="121" />
      <source>Clumping index Ω (1 = effective LAI; true LAI = effective / Ω)</source>
      <translation>Indice d'agrégation Ω (1 = LAI effectif ; LAI vrai = effectif / Ω)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="128" />
      <source>Smoothing window (days)</source>
      <translation>Fenêtre de lissage (jours)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="134" />
      <location filename="../processing_provider/decode_algorithm.py" line="175" />
      <source>Leaf area index LAI (m²/m²)</source>
      <translation>Indice de surface foliaire LAI (m²/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="134" />
      <source>FAPAR</source>
      <translation>FAPAR</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="135" />
      <source>FCOVER</source>
      <translation>FCOVER</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="135" />
      <source>Canopy chlorophyll content CCC (g/m²)</source>
      <translation>Contenu en chlorophylle du couvert CCC (g/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="136" />
      <source>Canopy water content CWC (kg/m²)</source>
      <translation>Contenu en eau du couvert CWC (kg/m²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="142" />
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="76" />
      <source>Quality flags</source>
      <translation>Indicateurs de qualité</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="160" />
      <source>Give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or Theia/MAJA product folder), not both.</source>
      <translation>Donnez INPUT (une pile ou un raster Sentinel-2) ou INPUT_FOLDER (un dossier de produit SAFE ou Theia/MAJA), pas les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="163" />
      <source>No input: give INPUT (a Sentinel-2 stack or raster) or INPUT_FOLDER (a SAFE or Theia/MAJA product folder).</source>
      <translation>Aucune entrée : donnez INPUT (une pile ou un raster Sentinel-2) ou INPUT_FOLDER (un dossier de produit SAFE ou Theia/MAJA).</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="177" />
      <source>No input raster: choose a Sentinel-2 stack or raster.</source>
      <translation>Aucun raster en entrée : choisissez une pile ou un raster Sentinel-2.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="186" />
      <source>No output selected: choose at least the LAI output.</source>
      <translation>Aucune sortie sélectionnée : choisissez au moins la sortie LAI.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="100" />
      <source>Sentinel-2 stack or single-date raster</source>
      <translation>Pile Sentinel-2 ou raster à une seule date</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="102" />
      <source>Sentinel-2 product folder (SAFE or Theia/MAJA), instead of INPUT</source>
      <translation>Dossier de produit Sentinel-2 (SAFE ou Theia/MAJA), à la place de INPUT</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="112" />
      <source>Product level (auto, L2A surface or L1C top-of-atmosphere reflectance)</source>
      <translation>Niveau de produit (auto, réflectance de surface L2A ou au sommet de l'atmosphère L1C)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="115" />
      <source>Band set (auto, 20m: 10 bands, no_b8a: 9 bands, 10m: B02 B03 B04 B08)</source>
      <translation>Jeu de bandes (auto, 20m : 10 bandes, no_b8a : 9 bandes, 10m : B02 B03 B04 B08)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="118" />
      <source>Set water, snow and bare soil to 0 (quality flag 8)</source>
      <translation>Mettre l'eau, la neige et le sol nu à 0 (indicateur de qualité 8)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="124" />
      <source>Clumping-index map (Ω per pixel; the value above where it has none)</source>
      <translation>Carte d'indice d'agrégation (Ω par pixel ; la valeur ci-dessus là où elle n'en a pas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="127" />
      <source>Smooth along time and fill cloudy dates (weights 1/σ²)</source>
      <translation>Lisser dans le temps et combler les dates nuageuses (poids 1/σ²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="167" />
      <location filename="../processing_provider/parameter_checks.py" line="103" />
      <source>{}: {} does not exist.</source>
      <translation>{} : {} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="201" />
      <location filename="../processing_provider/decode_algorithm.py" line="212" />
      <location filename="../processing_provider/encode_algorithm.py" line="131" />
      <source>Execution provider that ran: {}</source>
      <translation>Fournisseur d'exécution utilisé : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="140" />
      <location filename="../processing_provider/decode_algorithm.py" line="183" />
      <source>{} uncertainty (1σ)</source>
      <translation>Incertitude {} (1σ)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="58" />
      <source>Build stack (Sentinel-2 / Sentinel-1)</source>
      <translation>Construire une pile (Sentinel-2 / Sentinel-1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="61" />
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date, one file per band (the files of one date in one folder are joined) or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly, except bands a product stores on the target grid itself (a product's 20 m bands at 20 m), which are copied; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire, sauf les bandes qu'un produit stocke sur la grille cible elle-même (les bandes à 20 m d'un produit, à 20 m), qui sont copiées ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="113" />
      <source>Maximum cloud cover of a Sentinel-2 date (%)</source>
      <translation>Couverture nuageuse maximale d'une date Sentinel-2 (%)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="125" />
      <source>Resolution (target CRS units, metres)</source>
      <translation>Résolution (unités du SCR cible, mètres)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="129" />
      <source>Window size (pixels)</source>
      <translation>Taille de fenêtre (pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="102" />
      <source>Sentinel-2 folder (several: separate with ';')</source>
      <translation>Dossier Sentinel-2 (plusieurs : séparer par ';')</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="105" />
      <source>Sentinel-1 folder (several: separate with ';')</source>
      <translation>Dossier Sentinel-1 (plusieurs : séparer par ';')</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="108" />
      <source>First date (YYYY-MM-DD, empty: no limit)</source>
      <translation>Première date (AAAA-MM-JJ, vide : pas de limite)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="111" />
      <source>Last date (YYYY-MM-DD, empty: no limit)</source>
      <translation>Dernière date (AAAA-MM-JJ, vide : pas de limite)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="118" />
      <source>Extent</source>
      <translation>Emprise</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="120" />
      <source>Area polygon(s) (pixels outside are no data)</source>
      <translation>Polygone(s) de la zone (les pixels à l'extérieur sont sans données)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="123" />
      <source>Target CRS (empty: CRS of the first Sentinel-2 date)</source>
      <translation>SCR cible (vide : SCR de la première date Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="127" />
      <source>Sentinel-2 bands to keep, comma-separated (empty: all)</source>
      <translation>Bandes Sentinel-2 à conserver, séparées par des virgules (vide : toutes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="133" />
      <source>Sentinel-2 dates kept</source>
      <translation>Dates Sentinel-2 conservées</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="134" />
      <source>Sentinel-1 dates kept</source>
      <translation>Dates Sentinel-1 conservées</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="171" />
      <source>No input folder: choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation>Aucun dossier en entrée : choisissez un dossier Sentinel-2, un dossier Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="143" />
      <source>The area layer cannot be read.</source>
      <translation>La couche de zone ne peut pas être lue.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="146" />
      <source>The area layer has no polygon; choose a layer with at least one polygon.</source>
      <translation>La couche de zone n'a aucun polygone ; choisissez une couche avec au moins un polygone.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="159" />
      <source>The extent and the area polygon do not overlap; change one of them.</source>
      <translation>L'emprise et le polygone de zone ne se recouvrent pas ; modifiez l'un des deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="180" />
      <source>A {} folder is given but its output is skipped; choose an output file.</source>
      <translation>Un dossier {} est indiqué mais sa sortie est ignorée ; choisissez un fichier de sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="201" />
      <source>{}: {} date(s): {}</source>
      <translation>{} : {} date(s) : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="43" />
      <source>&lt;p&gt;&lt;b&gt;Additional feature rasters&lt;/b&gt; (optional): more rasters whose features are stacked after INPUT's, in the order given — another latent raster (e.g. a Presto latent beside a fine4 one) or the physical variables of eolatent:biophysical, eolatent:decode or eolatent:soilmoisture (LAI, FCOVER, Cab, Cw, soil moisture: one feature per date). They must be in INPUT's CRS and cover the same area; the result has the finest of their grids, a coarser raster (e.g. a 40 m latent beside 10 m LAI) being repeated onto it when its pixel size is a whole multiple.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rasters de caractéristiques supplémentaires&lt;/b&gt; (facultatif) : d'autres rasters dont les caractéristiques sont empilées après celles d'INPUT, dans l'ordre donné — un autre raster latent (p. ex. un latent Presto à côté d'un latent fine4) ou les variables physiques de eolatent:biophysical, eolatent:decode ou eolatent:soilmoisture (LAI, FCOVER, Cab, Cw, humidité du sol : une caractéristique par date). Ils doivent être dans le SCR d'INPUT et couvrir la même zone ; le résultat a la plus fine de leurs grilles, un raster plus grossier (p. ex. un latent de 40 m à côté d'un LAI à 10 m) y étant répété quand sa taille de pixel en est un multiple entier.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="73" />
      <source>Classify (land-cover map from labelled polygons)</source>
      <translation>Classer (carte d'occupation du sol à partir de polygones étiquetés)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="28" />
      <source>Additional latent rasters stacked after INPUT (e.g. a Presto latent beside a fine4 latent)</source>
      <translation>Rasters latents supplémentaires empilés après INPUT (p. ex. un latent Presto à côté d'un latent fine4)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="31" />
      <source>Additional feature rasters stacked after INPUT (e.g. a Presto latent beside a fine4 latent, LAI / FCOVER / soil-moisture rasters from eolatent:biophysical or eolatent:decode)</source>
      <translation>Rasters de caractéristiques supplémentaires empilés après INPUT (p. ex. un latent Presto à côté d'un latent fine4, des rasters de LAI / FCOVER / humidité du sol issus de eolatent:biophysical ou eolatent:decode)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="107" />
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours; it keeps at most 500 training pixels a class), &lt;i&gt;auto&lt;/i&gt;: the one of these four or the ensemble with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins ; il garde au plus 500 pixels d'entraînement par classe), &lt;i&gt;auto&lt;/i&gt; : celui de ces quatre ou l'ensemble qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="136" />
      <source>Fraction of polygons set aside for validation</source>
      <translation>Fraction des polygones réservée à la validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="138" />
      <source>Spatial block size of the validation split (map units, 0 = automatic)</source>
      <translation>Taille des blocs spatiaux de la validation (unités de la carte, 0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="149" />
      <source>Number of trees</source>
      <translation>Nombre d'arbres</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="150" />
      <location filename="../processing_provider/cluster_algorithm.py" line="54" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="151" />
      <source>Land-cover map</source>
      <translation>Carte d'occupation du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="152" />
      <source>Confidence (highest class probability)</source>
      <translation>Confiance (probabilité de la classe la plus probable)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="168" />
      <source>No input: choose a latent raster (eolatent:encode) or a stack.</source>
      <translation>Aucune entrée : choisissez un raster latent (eolatent:encode) ou une pile.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="217" />
      <source>training</source>
      <translation>d'entraînement</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="104" />
      <source>&lt;p&gt;A classifier trained with additional feature rasters is applied to the same kinds of rasters in the same order (INPUT, then the additional ones); another order or another kind of raster is refused.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Un classifieur entraîné avec des rasters de caractéristiques supplémentaires s'applique aux mêmes types de rasters dans le même ordre (INPUT, puis les supplémentaires) ; un autre ordre ou un autre type de raster est refusé.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="123" />
      <source>Latent raster (or a raw stack, for comparison)</source>
      <translation>Raster latent (ou une pile brute, pour comparaison)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="126" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="129" />
      <source>Training polygons or points (train mode)</source>
      <translation>Polygones ou points d'entraînement (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="132" />
      <source>Class field (train mode)</source>
      <translation>Champ de classe (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="135" />
      <source>Saved classifier ONNX (apply mode)</source>
      <translation>Classifieur ONNX enregistré (mode appliquer)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="143" />
      <source>After validating, fit the classifier again on every label (for the map and the saved classifier)</source>
      <translation>Après la validation, réentraîner le classifieur sur toutes les étiquettes (pour la carte et le classifieur enregistré)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="146" />
      <source>Classifier (forest, auto, lda, logistic, knn, ensemble)</source>
      <translation>Classifieur (forest, auto, lda, logistic, knn, ensemble)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="155" />
      <source>Classifier (ONNX, train mode)</source>
      <translation>Classifieur (ONNX, mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="155" />
      <source>ONNX files (*.onnx)</source>
      <translation>Fichiers ONNX (*.onnx)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="158" />
      <source>Accuracy report (train mode)</source>
      <translation>Rapport de précision (mode entraîner)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="159" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>Fichiers HTML (*.html);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="160" />
      <source>Overall accuracy (validation)</source>
      <translation>Précision globale (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="161" />
      <source>Kappa (validation)</source>
      <translation>Kappa (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="162" />
      <source>Macro F1 (validation)</source>
      <translation>F1 macro (validation)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="164" />
      <source>Classifier id</source>
      <translation>Identifiant du classifieur</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="190" />
      <source>Apply mode needs a saved classifier: give MODEL (an .onnx file written by eolatent:classify in train mode).</source>
      <translation>Le mode appliquer nécessite un classifieur enregistré : indiquez MODEL (un fichier .onnx écrit par eolatent:classify en mode entraîner).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="214" />
      <source>Train mode needs a training layer: give TRAINING (polygons or points with a class field).</source>
      <translation>Le mode entraîner nécessite une couche d'entraînement : indiquez TRAINING (polygones ou points avec un champ de classe).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="226" />
      <source>Every training feature has class 0, the class map's nodata; give classes 1 or more.</source>
      <translation>Toutes les entités d'entraînement ont la classe 0, le nodata de la carte des classes ; donnez des classes à partir de 1.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="76" />
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides, and no class gives up more than its share when the blocks allow it. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels, for the classifier trained without them. Then, by default (&lt;i&gt;After validating, fit the classifier again on every label&lt;/i&gt;), the classifier is fitted again on every label, validation polygons included, and that one makes the map and is saved: with few labels a third of them is too much to leave out of the map. Untick it to map with the validated classifier itself. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés, et aucune classe n'en cède plus que sa part quand les blocs le permettent. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels, pour le classifieur entraîné sans eux. Ensuite, par défaut (&lt;i&gt;Après la validation, réentraîner le classifieur sur toutes les étiquettes&lt;/i&gt;), le classifieur est ajusté à nouveau sur toutes les étiquettes, polygones de validation compris, et c'est lui qui produit la carte et qui est enregistré : avec peu d'étiquettes, en écarter un tiers de la carte coûte trop. Décochez l'option pour cartographier avec le classifieur validé lui-même. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="194" />
      <source>Classifier {}: {} classes; execution provider {}</source>
      <translation>Classifieur {} : {} classes ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="126" />
      <source>train a classifier and map</source>
      <translation>entraîner un classifieur et cartographier</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="127" />
      <source>apply a saved classifier</source>
      <translation>appliquer un classifieur enregistré</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="186" />
      <source>Apply mode: {} are for train mode and are not used (the classes and the features come from MODEL).</source>
      <translation>Mode application : {} servent au mode entraînement et ne sont pas utilisés (les classes et les variables viennent de MODEL).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="206" />
      <source>Training a classifier needs scikit-learn and skl2onnx.</source>
      <translation>L'entraînement d'un classifieur nécessite scikit-learn et skl2onnx.</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="223" />
      <source>{} feature(s) of class 0 were skipped: 0 is the class map's nodata (recode them to use them)</source>
      <translation>{} entité(s) de classe 0 ignorée(s) : 0 est le nodata de la carte des classes (recodez-les pour les utiliser)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="236" />
      <source>{} feature(s) with an empty class were skipped</source>
      <translation>{} entité(s) sans classe ont été ignorée(s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="245" />
      <source>The classifier is written to a temporary file ({}), deleted when QGIS closes: to apply it later (MODE apply), save it with OUTPUT_MODEL (Classifier).</source>
      <translation>Le classifieur est écrit dans un fichier temporaire ({}), supprimé à la fermeture de QGIS : pour l'appliquer plus tard (MODE apply), enregistrez-le avec OUTPUT_MODEL (Classifieur).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="272" />
      <source>Validation ({} pixels): overall accuracy {:.1f} %, kappa {:.3f}, macro F1 {:.3f}</source>
      <translation>Validation ({} pixels) : précision globale {:.1f} %, kappa {:.3f}, F1 macro {:.3f}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_algorithm.py" line="254" />
      <location filename="../processing_provider/textquery_algorithm.py" line="127" />
      <source>Cannot write {}: {}</source>
      <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="36" />
      <source>Overall accuracy</source>
      <translation>Précision globale</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="37" />
      <source>Kappa</source>
      <translation>Kappa</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="38" />
      <source>Macro F1</source>
      <translation>F1 macro</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="39" />
      <source>Validation pixels</source>
      <translation>Pixels de validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="18" />
      <location filename="../processing_provider/classify_report.py" line="21" />
      <source>Land-cover classification report</source>
      <translation>Rapport de classification de l'occupation du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="22" />
      <source>Classifier</source>
      <translation>Classifieur</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="23" />
      <source>Raster</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="23" />
      <source>training layer</source>
      <translation>couche d'entraînement</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="24" />
      <source>class field</source>
      <translation>champ de classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="32" />
      <source>No validation: no sample was set aside (validation fraction 0, or too few samples per class).</source>
      <translation>Pas de validation : aucun échantillon n'a été mis de côté (fraction de validation 0, ou trop peu d'échantillons par classe).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="35" />
      <source>Accuracy on the validation split</source>
      <translation>Précision sur l'échantillon de validation</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="26" />
      <source>Training: {} sample(s), {} pixels. Validation: {} sample(s), {} pixels, spatially separated (whole polygons in spatial blocks of {:.0f} map units).</source>
      <translation>Entraînement : {} échantillon(s), {} pixels. Validation : {} échantillon(s), {} pixels, séparés spatialement (polygones entiers dans des blocs spatiaux de {:.0f} unités de la carte).</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="41" />
      <source>Per class</source>
      <translation>Par classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="47" />
      <source>Confusion matrix (rows: reference, columns: predicted)</source>
      <translation>Matrice de confusion (lignes : référence, colonnes : prédiction)</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="55" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="42" />
      <source>Class</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="42" />
      <source>Precision</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="42" />
      <source>Recall</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="42" />
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <location filename="../processing_provider/classify_report.py" line="42" />
      <source>Pixels</source>
      <translation>Pixels</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="29" />
      <source>Cluster a latent raster (k-means)</source>
      <translation>Regrouper un raster latent (k-moyennes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="41" />
      <source>&lt;p&gt;With additional feature rasters every feature is standardised (mean 0, standard deviation 1 over the sampled pixels) before k-means, so that no raster outweighs the others by its units.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Avec des rasters de caractéristiques supplémentaires, chaque caractéristique est standardisée (moyenne 0, écart-type 1 sur les pixels échantillonnés) avant les k-moyennes, afin qu'aucun raster ne l'emporte sur les autres par ses unités.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="48" />
      <source>Number of clusters (0 = automatic, silhouette criterion)</source>
      <translation>Nombre de groupes (0 = automatique, critère de la silhouette)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="50" />
      <source>Largest k tried when automatic</source>
      <translation>Plus grand k essayé en mode automatique</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="52" />
      <source>Pixels sampled to fit k-means</source>
      <translation>Pixels tirés pour ajuster les k-moyennes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="55" />
      <source>Clusters</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="63" />
      <location filename="../processing_provider/similarity_algorithm.py" line="60" />
      <source>No input: choose a latent raster (eolatent:encode).</source>
      <translation>Aucune entrée : choisissez un raster latent (eolatent:encode).</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="32" />
      <source>&lt;p&gt;Groups the pixels of a latent raster into &lt;b&gt;k clusters&lt;/b&gt; of similar latent features (all time windows together): an unsupervised map to look at before labelling anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt;: the number of clusters, or 0 to choose it automatically: k-means is fitted for k = 2 … the largest k tried, and the k with the highest mean &lt;b&gt;silhouette&lt;/b&gt; width (compact, well separated clusters; computed on at most 3000 sampled pixels) wins. The scores are in the log.&lt;/p&gt;&lt;p&gt;k-means (scikit-learn MiniBatchKMeans, seeded) is fitted on a random sample of pixels; every pixel then goes to its nearest centroid, tile by tile. Clusters are numbered 1 … k by decreasing size; 0 is nodata. Any other raster (e.g. a Sentinel-2 stack) can be clustered on its bands too.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Regroupe les pixels d'un raster latent en &lt;b&gt;k groupes&lt;/b&gt; de variables latentes semblables (toutes les fenêtres temporelles ensemble) : une carte non supervisée à regarder avant d'étiqueter quoi que ce soit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;K&lt;/b&gt; : le nombre de groupes, ou 0 pour le choisir automatiquement : les k-moyennes sont ajustées pour k = 2 … le plus grand k essayé, et le k de plus grande &lt;b&gt;silhouette&lt;/b&gt; moyenne (groupes compacts et bien séparés ; calculée sur au plus 3000 pixels tirés) l'emporte. Les scores figurent dans le journal.&lt;/p&gt;&lt;p&gt;Les k-moyennes (scikit-learn MiniBatchKMeans, avec graine) sont ajustées sur un échantillon aléatoire de pixels ; chaque pixel va ensuite au centroïde le plus proche, tuile par tuile. Les groupes sont numérotés de 1 à k par taille décroissante ; 0 = sans donnée. Tout autre raster (par exemple une pile Sentinel-2) peut aussi être regroupé sur ses bandes.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="46" />
      <location filename="../processing_provider/decode_algorithm.py" line="154" />
      <location filename="../processing_provider/encode_algorithm.py" line="105" />
      <source>Latent raster</source>
      <translation>Raster latent</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="56" />
      <source>Number of clusters</source>
      <translation>Nombre de groupes</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="57" />
      <source>Silhouette by k (JSON)</source>
      <translation>Silhouette par k (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="73" />
      <source>k = {} chosen by the silhouette criterion</source>
      <translation>k = {} choisi par le critère de la silhouette</translation>
    </message>
    <message>
      <location filename="../processing_provider/cluster_algorithm.py" line="74" />
      <source>cluster {}</source>
      <translation>groupe {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="115" />
      <source>Decode a latent raster (LAI, FCOVER, soil moisture, …)</source>
      <translation>Décoder un raster latent (LAI, FCOVER, humidité du sol, …)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="118" />
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="164" />
      <source>Series: step (days)</source>
      <translation>Série : pas (jours)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="165" />
      <source>Resolution (m, empty: the stack resolution)</source>
      <translation>Résolution (m, vide : la résolution de la pile)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="175" />
      <source>Vegetation cover FCOVER</source>
      <translation>Couvert végétal FCOVER</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="176" />
      <source>Soil moisture SM (m³/m³)</source>
      <translation>Humidité du sol SM (m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="176" />
      <source>Leaf chlorophyll CAB (µg/cm²)</source>
      <translation>Chlorophylle foliaire CAB (µg/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="177" />
      <source>Leaf water CW (g/cm²)</source>
      <translation>Eau foliaire CW (g/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="177" />
      <source>Leaf dry matter CM (g/cm²)</source>
      <translation>Matière sèche foliaire CM (g/cm²)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="178" />
      <source>Soil brightness</source>
      <translation>Brillance du sol</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="196" />
      <source>No latent raster: choose a raster made by eolatent:encode.</source>
      <translation>Aucun raster latent : choisissez un raster produit par eolatent:encode.</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="199" />
      <source>No output selected: choose at least one variable.</source>
      <translation>Aucune sortie sélectionnée : choisissez au moins une variable.</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="156" />
      <source>Dates (YYYY-MM-DD, comma-separated; empty: regular series below)</source>
      <translation>Dates (AAAA-MM-JJ, séparées par des virgules ; vide : série régulière ci-dessous)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="159" />
      <source>Series: first day (empty: start of the encoded period)</source>
      <translation>Série : premier jour (vide : début de la période encodée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="162" />
      <source>Series: last day (empty: end of the encoded period)</source>
      <translation>Série : dernier jour (vide : fin de la période encodée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="168" />
      <source>Fill cloudy chunks from the neighbouring windows</source>
      <translation>Combler les blocs nuageux à partir des fenêtres voisines</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="170" />
      <source>Decoder ONNX file (empty: the decoder of the raster's encoder)</source>
      <translation>Fichier ONNX du décodeur (vide : le décodeur de l'encodeur du raster)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="173" />
      <source>QGIS before 3.38: also one layer per date for the temporal controller (VRTs in &lt;output&gt;_dates/)</source>
      <translation>QGIS avant 3.38 : aussi une couche par date pour le contrôleur temporel (VRT dans &lt;output&gt;_dates/)</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="185" />
      <source>Decoded dates</source>
      <translation>Dates décodées</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="213" />
      <source>Decoded {} date(s): {}</source>
      <translation>{} date(s) décodée(s) : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="94" />
      <source>{} by date</source>
      <translation>{} par date</translation>
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="220" />
      <source>One layer per date for the temporal controller: {}</source>
      <translation>Une couche par date pour le contrôleur temporel : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="42" />
      <source>Encode stacks to a latent raster</source>
      <translation>Encoder des piles en raster latent</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="45" />
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. &lt;i&gt;presto_small&lt;/i&gt; is a small network trained by EO Latent to give Presto's 128 features (the same inputs, the same latent layout) about 50 times faster on a CPU, at a measured accuracy cost (its card, README): for maps at 10 m of large areas without a GPU. Its latents are read by Presto's text-query model. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto, presto_small): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. &lt;i&gt;presto_small&lt;/i&gt; est un petit réseau entraîné par EO Latent pour donner les 128 caractéristiques de Presto (mêmes entrées, même organisation du raster latent) environ 50 fois plus vite sur un CPU, pour un coût en précision mesuré (sa fiche, README) : pour des cartes à 10 m de grandes zones sans GPU. Ses latents sont lus par le modèle de requête textuelle de Presto. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto, presto_small) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="86" />
      <source>Sentinel-1 stack (VV, VH)</source>
      <translation>Pile Sentinel-1 (VV, VH)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="90" />
      <source>Encoder (fine4, seed100, presto, presto_small)</source>
      <translation>Encodeur (fine4, seed100, presto, presto_small)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="94" />
      <source>Encoder ONNX file (overrides the encoder choice)</source>
      <translation>Fichier ONNX de l'encodeur (remplace le choix de l'encodeur)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="97" />
      <source>First day (YYYY-MM-DD, empty: first acquisition)</source>
      <translation>Premier jour (AAAA-MM-JJ, vide : première acquisition)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="100" />
      <source>Last day (YYYY-MM-DD, empty: last acquisition)</source>
      <translation>Dernier jour (AAAA-MM-JJ, vide : dernière acquisition)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="103" />
      <source>Grid factor (presto, presto_small: encode f × f pixel blocks)</source>
      <translation>Facteur de grille (presto, presto_small : encoder des blocs de f × f pixels)</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="106" />
      <source>Encoded time windows</source>
      <translation>Fenêtres temporelles encodées</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="119" />
      <source>No input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both.</source>
      <translation>Aucune pile en entrée : indiquez une pile Sentinel-2, une pile Sentinel-1 ou les deux.</translation>
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="133" />
      <source>Encoded windows: {}</source>
      <translation>Fenêtres encodées : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="54" />
      <source>point</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="54" />
      <source>polygon</source>
      <translation>polygones</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="44" />
      <source>No {} layer: choose a point or polygon layer.</source>
      <translation>Aucune couche {} : choisissez une couche de points ou de polygones.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="47" />
      <source>The {} layer must hold points or polygons (lines are not supported); choose another layer.</source>
      <translation>La couche {} doit contenir des points ou des polygones (les lignes ne sont pas prises en charge) ; choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="84" />
      <source>The {} layer has no features.</source>
      <translation>La couche {} n'a aucune entité.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="86" />
      <source>The class field {!r} of the {} layer is empty for every feature; fill it in or choose another field.</source>
      <translation>Le champ de classe {!r} de la couche {} est vide pour toutes les entités ; remplissez-le ou choisissez un autre champ.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="59" />
      <source>Choose the class field of the {} layer (CLASS_FIELD).</source>
      <translation>Choisissez le champ de classe de la couche {} (CLASS_FIELD).</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="62" />
      <source>The {} layer has no field {!r}; choose one of: {}.</source>
      <translation>La couche {} n'a pas de champ {!r} ; choisissez parmi : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/layer_samples.py" line="56" />
      <source>The {} layer ({}) has no attribute field to hold the class; add a class field and label the features.</source>
      <translation>La couche {} ({}) n'a aucun champ attributaire pour la classe ; ajoutez un champ de classe et étiquetez les entités.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="230" />
      <source>any value</source>
      <translation>toute valeur</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="107" />
      <source>{}: {} cannot be opened as a raster.</source>
      <translation>{} : {} ne peut pas être ouvert comme raster.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="106" />
      <source>{}: {} cannot be opened as a raster ({}).</source>
      <translation>{} : {} ne peut pas être ouvert comme raster ({}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="197" />
      <source>{} = {} is not accepted: give one of {} (or its number, 0 to {}).</source>
      <translation>{} = {} n'est pas accepté : indiquez l'une des valeurs {} (ou son numéro, de 0 à {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="227" />
      <source>{} or more</source>
      <translation>{} ou plus</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="229" />
      <source>{} or less</source>
      <translation>{} ou moins</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="292" />
      <source>{} runs no network: EXECUTION_PROVIDER is not used; it runs on the CPU.</source>
      <translation>{} n'exécute aucun réseau : EXECUTION_PROVIDER n'est pas utilisé ; le traitement tourne sur le CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="173" />
      <source>{} ({}) is also the input {}: writing it would replace the input. Give the output another file name.</source>
      <translation>{} ({}) est aussi l'entrée {} : l'écrire remplacerait l'entrée. Donnez un autre nom de fichier à la sortie.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="253" />
      <source>{} = {} is not a number (allowed: {}).</source>
      <translation>{} = {} n'est pas un nombre (valeurs admises : {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="255" />
      <source>{} = {} is not a whole number (allowed: {}).</source>
      <translation>{} = {} n'est pas un nombre entier (valeurs admises : {}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="258" />
      <source>{} = {} is outside the allowed range: {}.</source>
      <translation>{} = {} est hors de l'intervalle admis : {}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="289" />
      <source>EXECUTION_PROVIDER: 'cuda' was requested but this onnxruntime offers only {}; {} runs no network and runs on the CPU: choose auto or CPU.</source>
      <translation>EXECUTION_PROVIDER : « cuda » a été demandé mais cet onnxruntime n'offre que {} ; {} n'exécute aucun réseau et tourne sur le CPU : choisissez auto ou CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" line="286" />
      <source>EXECUTION_PROVIDER: 'cuda' was requested but onnxruntime is not installed; {} runs no network and runs on the CPU: choose auto or CPU.</source>
      <translation>EXECUTION_PROVIDER : « cuda » a été demandé mais onnxruntime n'est pas installé ; {} n'exécute aucun réseau et tourne sur le CPU : choisissez auto ou CPU.</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="33" />
      <source>EO Latent — Sentinel time series to embeddings and physical variables</source>
      <translation>EO Latent — des séries temporelles Sentinel aux plongements et aux variables physiques</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="26" />
      <source>Similarity search (find places like this one)</source>
      <translation>Recherche par similarité (trouver des lieux semblables)</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="29" />
      <source>&lt;p&gt;Finds the places that look like a reference: for every pixel of a latent raster, the &lt;b&gt;cosine similarity&lt;/b&gt; between its latent features and the mean latent features of the reference points or polygons (1 = the same direction in latent space, 0 = unrelated).&lt;/p&gt;&lt;p&gt;&lt;b&gt;References&lt;/b&gt;: one or more points or polygons (any CRS). Each feature is averaged over its pixels (centres inside a polygon; the pixel under a point; a polygon smaller than a pixel takes the pixels it touches), then the features are averaged with equal weight.&lt;/p&gt;&lt;p&gt;By default one band compares all time windows at once (windows where the pixel or the reference has no valid observation are left out). &lt;b&gt;One band per window&lt;/b&gt; gives the similarity window by window instead, to see when places look alike.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Trouve les lieux qui ressemblent à une référence : pour chaque pixel d'un raster latent, la &lt;b&gt;similarité cosinus&lt;/b&gt; entre ses variables latentes et les variables latentes moyennes des points ou polygones de référence (1 = même direction dans l'espace latent, 0 = sans rapport).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Références&lt;/b&gt; : un ou plusieurs points ou polygones (tout SCR). Chaque entité est moyennée sur ses pixels (centres dans un polygone ; le pixel sous un point ; un polygone plus petit qu'un pixel prend les pixels qu'il touche), puis les entités sont moyennées avec le même poids.&lt;/p&gt;&lt;p&gt;Par défaut, une bande compare toutes les fenêtres temporelles à la fois (les fenêtres où le pixel ou la référence n'a pas d'observation valide sont écartées). &lt;b&gt;Une bande par fenêtre&lt;/b&gt; donne plutôt la similarité fenêtre par fenêtre, pour voir quand les lieux se ressemblent.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="38" />
      <source>&lt;p&gt;&lt;b&gt;Additional latent rasters&lt;/b&gt; (optional): more latent rasters of the same area and CRS whose windows are stacked after INPUT's, e.g. a Presto latent beside a fine4 latent of the same stack; all windows are compared at once, or one band per window of each raster. The result has the finest of their grids (a coarser latent is repeated onto it when its pixel size is a whole multiple). Only latent rasters can be stacked here.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rasters latents supplémentaires&lt;/b&gt; (facultatif) : d'autres rasters latents de la même zone et du même SCR dont les fenêtres sont empilées après celles d'INPUT, p. ex. un latent Presto à côté d'un latent fine4 de la même pile ; toutes les fenêtres sont comparées d'un coup, ou une bande par fenêtre de chaque raster. Le résultat a la plus fine de leurs grilles (un latent plus grossier y est répété quand sa taille de pixel en est un multiple entier). Seuls des rasters latents peuvent être empilés ici.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="53" />
      <source>Similarity</source>
      <translation>Similarité</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="62" />
      <source>reference</source>
      <translation>de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="49" />
      <source>Reference points or polygons</source>
      <translation>Points ou polygones de référence</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="51" />
      <source>One band per time window</source>
      <translation>Une bande par fenêtre temporelle</translation>
    </message>
    <message>
      <location filename="../processing_provider/similarity_algorithm.py" line="69" />
      <source>Similarity to the mean of {} reference feature(s), {} band(s)</source>
      <translation>Similarité à la moyenne de {} entité(s) de référence, {} bande(s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="27" />
      <source>Soil moisture (Sentinel-1)</source>
      <translation>Humidité du sol (Sentinel-1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="30" />
      <source>&lt;p&gt;Retrieves surface soil moisture (volumetric, m³/m³) on every date of a Sentinel-1 stack, with a 1σ uncertainty and a quality flag, using a neural network trained on simulations of the Water Cloud Model (vegetation, driven by LAI) over the Oh (2004) bare-soil model at C band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt;: a stack (eolatent:buildstack) or a dated GeoTIFF with VV and VH σ⁰ (dB or linear, read from the metadata), ideally speckle-filtered. γ⁰ is refused: γ⁰ = σ⁰/cos θ reads 0.6–1.6 dB higher at 29–46° and would be taken for wetter soil; FORCE_GAMMA0 runs anyway (biased). &lt;b&gt;Incidence angle&lt;/b&gt; (local, degrees): from the stack's incidence band; the INCIDENCE parameter is used only for inputs without one. The model was trained on 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vegetation (LAI)&lt;/b&gt;, in this order of preference: (1) a LAI raster on the S1 grid with one band per date (the LAI output of eolatent:biophysical), (2) a Sentinel-2 stack on the S1 grid (LAI retrieved on the fly with the biophysical model; angles from the stack), (3) a constant LAI (LAI_VALUE), a fallback that ignores the vegetation's changes in space and time. LAI is interpolated per pixel linearly in time between the nearest cloud-free LAI dates before and after each S1 date (by calendar day); beyond the first or last LAI date the nearest one is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on held-out simulations the RMSE is 0.13 m³/m³ (r² = 0.13) against 0.14 m³/m³ for always predicting the prior mean (0.26 m³/m³); 0.11 m³/m³ for LAI below 1, but hardly better than the prior mean above LAI ~3 (0.135–0.138 against 0.137–0.139 m³/m³): single-date C-band backscatter carries little information on the soil under dense vegetation or unknown roughness, and there the estimate falls back towards the prior mean with a large σ. On 40 real field points (SMAPVEX16 soybean) the RMSE was 0.11 m³/m³ with a −0.07 m³/m³ bias, worse than their sample mean: use the output for relative patterns and changes over time on sparse vegetation, and always with its σ. The share of pixels above LAI 3 is written to the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per S1 date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to 0–0.6 m³/m³, 4 no data (S1, incidence or LAI missing; outputs are nodata there).&lt;/p&gt;&lt;p&gt;Advanced parameters: execution provider (auto: CUDA GPU when available, else CPU; the one that ran is written to the log), CPU threads and tile size.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Estime l'humidité de surface du sol (volumique, m³/m³) à chaque date d'une pile Sentinel-1, avec une incertitude à 1σ et un indicateur de qualité, au moyen d'un réseau de neurones entraîné sur des simulations du Water Cloud Model (végétation, pilotée par le LAI) couplé au modèle de sol nu d'Oh (2004) en bande C.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt; : une pile (eolatent:buildstack) ou un GeoTIFF daté contenant VV et VH en σ⁰ (dB ou linéaire, d'après les métadonnées), idéalement filtré du chatoiement (speckle). Le γ⁰ est refusé : γ⁰ = σ⁰/cos θ est plus élevé de 0.6–1.6 dB à 29–46° et serait interprété comme un sol plus humide ; FORCE_GAMMA0 force le traitement malgré tout (biaisé). &lt;b&gt;Angle d'incidence&lt;/b&gt; (local, en degrés) : tiré de la bande d'incidence de la pile ; le paramètre INCIDENCE ne sert que pour les entrées qui n'en ont pas. Le modèle a été entraîné sur 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Végétation (LAI)&lt;/b&gt;, dans cet ordre de préférence : (1) un raster de LAI sur la grille S1 avec une bande par date (la sortie LAI de eolatent:biophysical), (2) une pile Sentinel-2 sur la grille S1 (LAI estimé à la volée avec le modèle biophysique ; angles tirés de la pile), (3) un LAI constant (LAI_VALUE), solution de repli qui ignore les variations de la végétation dans l'espace et dans le temps. Le LAI est interpolé par pixel, linéairement dans le temps, entre les dates de LAI sans nuage les plus proches avant et après chaque date S1 (au jour calendaire) ; avant la première ou après la dernière date de LAI, la date la plus proche est utilisée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur des simulations réservées au test, la RMSE est de 0.13 m³/m³ (r² = 0.13), contre 0.14 m³/m³ en prédisant toujours la moyenne a priori (0.26 m³/m³) ; 0.11 m³/m³ pour un LAI inférieur à 1, mais à peine mieux que la moyenne a priori au-delà d'un LAI d'environ 3 (0.135–0.138 contre 0.137–0.139 m³/m³) : la rétrodiffusion en bande C d'une seule date renseigne peu sur le sol sous une végétation dense ou quand la rugosité est inconnue, et l'estimation retombe alors vers la moyenne a priori avec un σ élevé. Sur 40 points de terrain réels (SMAPVEX16, soja), la RMSE était de 0.11 m³/m³ avec un biais de −0.07 m³/m³, soit moins bien que leur moyenne d'échantillon : utilisez la sortie pour les motifs relatifs et les évolutions dans le temps sur végétation clairsemée, et toujours avec son σ. La part des pixels dont le LAI dépasse 3 est écrite dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date S1, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à 0–0.6 m³/m³, 4 pas de données (S1, incidence ou LAI manquant ; les sorties y sont à nodata).&lt;/p&gt;&lt;p&gt;Paramètres avancés : fournisseur d'exécution (auto : GPU CUDA si disponible, sinon CPU ; celui qui a été utilisé est écrit dans le journal), threads CPU et taille de tuile.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="67" />
      <source>Constant LAI (m²/m²), fallback without LAI raster or S2 stack</source>
      <translation>LAI constant (m²/m²), solution de repli sans raster de LAI ni pile S2</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="69" />
      <source>Incidence angle (°), for S1 inputs without an incidence band</source>
      <translation>Angle d'incidence (°), pour les entrées S1 sans bande d'incidence</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="72" />
      <source>Accept γ⁰/β⁰ input as if it were σ⁰ (biased)</source>
      <translation>Accepter une entrée en γ⁰/β⁰ comme si c'était du σ⁰ (biaisé)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="74" />
      <source>Soil moisture (m³/m³)</source>
      <translation>Humidité du sol (m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="75" />
      <source>Soil moisture uncertainty (1σ, m³/m³)</source>
      <translation>Incertitude de l'humidité du sol (1σ, m³/m³)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="88" />
      <source>No Sentinel-1 input: choose an S1 stack.</source>
      <translation>Aucune entrée Sentinel-1 : choisissez une pile S1.</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="91" />
      <source>No output selected: choose at least the soil moisture output.</source>
      <translation>Aucune sortie sélectionnée : choisissez au moins la sortie d'humidité du sol.</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="62" />
      <source>Sentinel-1 stack (VV, VH σ⁰)</source>
      <translation>Pile Sentinel-1 (VV, VH σ⁰)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="64" />
      <source>LAI raster, one band per date (output of eolatent:biophysical)</source>
      <translation>Raster de LAI, une bande par date (sortie de eolatent:biophysical)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="66" />
      <source>Sentinel-2 stack (LAI retrieved on the fly) if no LAI raster</source>
      <translation>Pile Sentinel-2 (LAI estimé à la volée) en l'absence de raster de LAI</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="103" />
      <source>Incidence angle of every date from the {}</source>
      <translation>Angle d'incidence de toutes les dates tiré de : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="108" />
      <source>{:.0%} of the retrieved pixels have LAI above 3, where single-date C-band retrieval stays close to the prior mean (large σ)</source>
      <translation>{:.0%} des pixels estimés ont un LAI supérieur à 3, où l'estimation en bande C sur une seule date reste proche de la moyenne a priori (σ élevé)</translation>
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="106" />
      <source>{}: incidence angle from the {}</source>
      <translation>{} : angle d'incidence tiré de : {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="37" />
      <source>Land-surface temperature super-resolution</source>
      <translation>Super-résolution de la température de surface (LST)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="40" />
      <source>&lt;p&gt;Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or 8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS sinusoidal included — pixel = input pixel / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are nodata in the output and never influence valid pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt; (fixed order): 0 CNN single-image; 1 CNN guided by a fine vegetation index; 2 TsHARP (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual added back); 3 bicubic. The CNNs were trained on real thermal images degraded by the factor (MODIS day/night, airborne vineyard images).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (methods 1 and 2): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, aligned and covering the input.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (default on): the fine result is corrected per coarse pixel so that re-aggregating it as radiance (4th-power mean) returns the input exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy&lt;/b&gt; on held-out real data (RMSE, radiance-conserving; details in the README and the model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.89 K, CNN single-image 0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Affine un raster grossier de température de surface (MODIS, Sentinel-3 : 1 km) d'un facteur 2, 4 ou 8. La sortie est en kelvins, sur une grille exactement alignée sur l'entrée (même origine et même SCR — sinusoïdale MODIS comprise — pixel = pixel d'entrée / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt; : LST en kelvins, ou entiers bruts de type MODIS MOD11A1 (K = DN × 0.02, 0 = valeur de remplissage), détectés d'après le type de données et les valeurs, ou fixés avec INPUT_UNITS. Un GeoTIFF MOD11A1 multibande est lu par sa bande LST_Day_1km (BAND en désigne une autre) et la bande QC correspondante masque les pixels non produits ou dont l'erreur de LST dépasse 2 K. Les nuages, les valeurs de remplissage et la mer sont masqués : ils sont à nodata dans la sortie et n'influencent jamais les pixels valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt; (ordre fixe) : 0 CNN mono-image ; 1 CNN guidé par un indice de végétation fin ; 2 TsHARP (droite T = a + b·NDVI ajustée sur les pixels grossiers, appliquée à l'échelle fine, puis ajout du résidu grossier) ; 3 bicubique. Les CNN ont été entraînés sur des images thermiques réelles dégradées du facteur (MODIS jour/nuit, images aéroportées de vignobles).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (méthodes 1 et 2) : un raster de NDVI à résolution fine, ou une pile Sentinel-2 (NDVI calculé à partir de B04/B08, médiane de ses dates sans nuage), dans le SCR de l'entrée, avec pixel = pixel d'entrée / FACTOR, aligné sur l'entrée et la couvrant entièrement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (activé par défaut) : le résultat fin est corrigé par pixel grossier de sorte que sa ré-agrégation en radiance (moyenne des puissances quatrièmes) redonne exactement l'entrée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision&lt;/b&gt; sur des données réelles réservées au test (RMSE, avec conservation de la radiance ; détails dans le README et les fiches des modèles) : MODIS ×4 (4 km → 1 km, jour et nuit) : bicubique 0.72 K, TsHARP 0.89 K, CNN mono-image 0.72 K, CNN guidé 0.72 K — aucun indice de végétation fin n'existe pour cette tuile, et son détail à 1 km est difficilement prévisible à partir de 4 km. Vignoble en aéroporté à 3.6 m à 11:00, ×4/×8/×16 : bicubique 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guidé 1.94/2.44/2.80 K. Le CNN guidé aide là où le guide explique les températures grossières : le journal donne le r² de la droite température–NDVI à l'échelle grossière.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="63" />
      <source>&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt;: type the scale factor itself, 2, 4 or 8 (FACTOR=2 gives ×2), as --factor on the command line. It is not an option number: qgis_process's help lists the options as 0: 2, 1: 4, 2: 8, but FACTOR=0 is refused.&lt;/p&gt;&lt;p&gt;TsHARP and bicubic run no network, on the CPU: EXECUTION_PROVIDER=1 (CUDA) is refused where CUDA is not available, and only warned about where it is.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;FACTOR&lt;/b&gt; : tapez le facteur d'échelle lui-même, 2, 4 ou 8 (FACTOR=2 donne ×2), comme --factor en ligne de commande. Ce n'est pas un numéro d'option : l'aide de qgis_process liste les options comme 0: 2, 1: 4, 2: 8, mais FACTOR=0 est refusé.&lt;/p&gt;&lt;p&gt;TsHARP et bicubique n'exécutent aucun réseau et tournent sur le CPU : EXECUTION_PROVIDER=1 (CUDA) est refusé là où CUDA n'est pas disponible, et ne donne qu'un avertissement là où il l'est.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="88" />
      <source>LST band of a multi-band input (0 = automatic)</source>
      <translation>Bande LST d'une entrée multibande (0 = automatique)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="90" />
      <source>Fine land-surface temperature (K)</source>
      <translation>Température de surface fine (K)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="115" />
      <source>No input: choose a land-surface temperature raster.</source>
      <translation>Aucune entrée : choisissez un raster de température de surface.</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="72" />
      <source>Coarse land-surface temperature (Kelvin or MODIS raw)</source>
      <translation>Température de surface grossière (kelvins ou MODIS brut)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="74" />
      <source>Fine vegetation guide (NDVI raster or Sentinel-2 stack)</source>
      <translation>Guide de végétation fin (raster de NDVI ou pile Sentinel-2)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="76" />
      <source>Scale factor ×2, ×4 or ×8 (FACTOR=4 is ×4, not an option number)</source>
      <translation>Facteur d'échelle ×2, ×4 ou ×8 (FACTOR=4 vaut ×4, pas un numéro d'option)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="79" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="83" />
      <source>Conserve radiance (re-aggregated output equals the input)</source>
      <translation>Conserver la radiance (la sortie ré-agrégée est égale à l'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="85" />
      <source>Input units</source>
      <translation>Unités de l'entrée</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="110" />
      <source>METHOD {}</source>
      <translation>METHOD {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="80" />
      <source>CNN single-image</source>
      <translation>CNN mono-image</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="80" />
      <source>CNN guided</source>
      <translation>CNN guidé</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="80" />
      <source>TsHARP</source>
      <translation>TsHARP</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="80" />
      <source>Bicubic</source>
      <translation>Bicubique</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="86" />
      <source>auto-detect</source>
      <translation>détection automatique</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="86" />
      <source>Kelvin</source>
      <translation>Kelvin</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="86" />
      <source>MODIS raw (DN × 0.02, fill 0)</source>
      <translation>MODIS brut (DN × 0.02, remplissage 0)</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="101" />
      <source>FACTOR = {} is not accepted: give the scale factor itself, 2, 4 or 8 (as --factor on the command line).</source>
      <translation>FACTOR = {} n'est pas accepté : donnez le facteur d'échelle lui-même, 2, 4 ou 8 (comme --factor en ligne de commande).</translation>
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="131" />
      <source>Guide line at coarse scale: r² = {:.2f}</source>
      <translation>Droite guide à l'échelle grossière : r² = {:.2f}</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="33" />
      <source>Text query (concept → probability map)</source>
      <translation>Requête textuelle (concept → carte de probabilité)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="36" />
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (optional): the number of valid dates (clear, not nodata; latent windows for a latent input) behind each pixel, as a UInt16 raster: a pixel seen once gets a probability that looks as sure as one seen every month. The log names the model used and why, the bands it does not read (B8A for the multi-region model; Sentinel-1 bands, which only a Presto latent uses) and how many pixels rest on fewer than three dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.74 for forest, 0.64 grassland, 0.68 annual crops, 0.73 built-up, 0.54 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.77): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qualité&lt;/b&gt; (facultatif) : le nombre de dates valides (claires, hors nodata ; fenêtres latentes pour une entrée latente) derrière chaque pixel, en raster UInt16 : un pixel vu une seule fois reçoit une probabilité qui paraît aussi sûre que celle d'un pixel vu chaque mois. Le journal nomme le modèle utilisé et pourquoi, les bandes qu'il ne lit pas (B8A pour le modèle multirégional ; les bandes Sentinel-1, que seule une latente Presto utilise) et combien de pixels reposent sur moins de trois dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.74 pour la forêt, 0.64 les prairies, 0.68 les cultures annuelles, 0.73 le bâti, 0.54 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="78" />
      <source>Threshold for the mask and polygons (0–1)</source>
      <translation>Seuil du masque et des polygones (0–1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="83" />
      <source>Probability</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="84" />
      <source>Mask (probability ≥ threshold)</source>
      <translation>Masque (probabilité ≥ seuil)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="89" />
      <source>Quality: valid dates (latent windows) per pixel</source>
      <translation>Qualité : dates valides (fenêtres latentes) par pixel</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="112" />
      <source>No input: choose a Sentinel-2 stack or a latent raster.</source>
      <translation>Aucune entrée : choisissez une pile Sentinel-2 ou un raster latent.</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="144" />
      <source>Model {} on a Sentinel-2 input; image side {}; execution provider {}</source>
      <translation>Modèle {} sur une entrée Sentinel-2 ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="74" />
      <source>Prompts (one per line, English)</source>
      <translation>Requêtes (une par ligne, en anglais)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="76" />
      <source>Negative prompts (one per line)</source>
      <translation>Requêtes négatives (une par ligne)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="81" />
      <source>Text-query tower ONNX (empty: the one for the input)</source>
      <translation>Tour ONNX de requête textuelle (vide : celle qui correspond à l'entrée)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="87" />
      <source>Polygons (probability ≥ threshold)</source>
      <translation>Polygones (probabilité ≥ seuil)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="91" />
      <source>Image side: computed or reused</source>
      <translation>Côté image : calculé ou réutilisé</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="92" />
      <source>Timings (JSON, seconds)</source>
      <translation>Durées (JSON, secondes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="93" />
      <source>Warnings of the run, one per line</source>
      <translation>Avertissements de l'exécution, un par ligne</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="120" />
      <source>A mask or polygons need a threshold: give THRESHOLD (0–1).</source>
      <translation>Un masque ou des polygones nécessitent un seuil : indiquez THRESHOLD (0–1).</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="141" />
      <source>reused (memory)</source>
      <translation>réutilisé (mémoire)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="141" />
      <source>reused (disk cache)</source>
      <translation>réutilisé (cache disque)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="146" />
      <source>Time: {:.2f} s (image side {:.2f} s, prompts {:.3f} s, maps {:.2f} s)</source>
      <translation>Durée : {:.2f} s (côté image {:.2f} s, requêtes {:.3f} s, cartes {:.2f} s)</translation>
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="143" />
      <source>Model {} on a latent input; image side {}; execution provider {}</source>
      <translation>Modèle {} sur une entrée latente ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours), &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins), &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours), or &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel; the log and the model card say which won. With few labels (2–10 per class) LDA or logistic regression usually beat the forest on latent features (bench/label_efficiency.md).&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins), ou &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement ; le journal et la fiche du modèle indiquent lequel a gagné. Avec peu d'étiquettes (2 à 10 par classe), LDA ou la régression logistique battent généralement la forêt sur des caractéristiques latentes (bench/label_efficiency.md).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Classifier&lt;/b&gt;: &lt;i&gt;forest&lt;/i&gt; (random forest, the default), &lt;i&gt;lda&lt;/i&gt; (linear discriminant analysis with a shrunk covariance), &lt;i&gt;logistic&lt;/i&gt; (logistic regression), &lt;i&gt;knn&lt;/i&gt; (k nearest neighbours; it keeps at most 500 training pixels a class), &lt;i&gt;auto&lt;/i&gt;: the one with the best macro-F1 in a leave-one-out / k-fold validation over the training polygons and points (each one a single row, the mean of its pixels), refitted on every training pixel, the log and the model card saying which won; or &lt;i&gt;ensemble&lt;/i&gt;: the mean class probability of lda, logistic, knn and forest, each fitted on one raster of the stack only (INPUT, then each additional raster), every raster weighted equally (the kNN keeps at most 500 training pixels a class). With few labels (2–20 per class), the ensemble of a Presto latent with the raw Sentinel-2 stack as an additional raster was the best choice, or within 0.025 macro-F1 of it, on all five data sets of bench/label_efficiency.md; with many labels &lt;i&gt;auto&lt;/i&gt; does better.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;&lt;b&gt;Classifieur&lt;/b&gt; : &lt;i&gt;forest&lt;/i&gt; (forêt aléatoire, par défaut), &lt;i&gt;lda&lt;/i&gt; (analyse discriminante linéaire à covariance rétrécie), &lt;i&gt;logistic&lt;/i&gt; (régression logistique), &lt;i&gt;knn&lt;/i&gt; (k plus proches voisins ; il garde au plus 500 pixels d'entraînement par classe), &lt;i&gt;auto&lt;/i&gt; : celui qui obtient le meilleur F1 macro dans une validation leave-one-out / k-fold sur les polygones et points d'entraînement (chacun une seule ligne, la moyenne de ses pixels), réentraîné ensuite sur tous les pixels d'entraînement, le journal et la fiche du modèle indiquant lequel a gagné ; ou &lt;i&gt;ensemble&lt;/i&gt; : la moyenne des probabilités de classe de lda, logistic, knn et forest, chacun entraîné sur un seul raster de la pile (INPUT, puis chaque raster supplémentaire), chaque raster ayant le même poids (le kNN garde au plus 500 pixels d'entraînement par classe). Avec peu d'étiquettes (2 à 20 par classe), l'ensemble d'un latent Presto et de la pile Sentinel-2 brute donnée comme raster supplémentaire a été le meilleur choix, ou à moins de 0,025 de F1 macro du meilleur, sur les cinq jeux de données de bench/label_efficiency.md ; avec beaucoup d'étiquettes, &lt;i&gt;auto&lt;/i&gt; fait mieux.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held, and the 1σ of LAI and FCOVER grows with the distance (by the drift measured on real Sentinel-2 series). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m²/m²]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue et l'incertitude à 1σ de LAI et FCOVER croît avec la distance (selon la dérive mesurée sur des séries Sentinel-2 réelles). Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m²/m²]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). A window is not decoded more than 15 days from its centre (the range the decoders are trained on): further away, its value is held. Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Décode un raster latent produit par eolatent:encode en variables physiques — indice de surface foliaire LAI (m²/m²), couvert végétal FCOVER, humidité du sol SM (m³/m³) et, en option, chlorophylle foliaire CAB (µg/cm²), eau foliaire CW (g/cm²), matière sèche CM (g/cm²) et brillance du sol — aux dates et à la résolution de votre choix, avec en option une incertitude à 1σ par variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : une liste de dates séparées par des virgules (2020-07-01, 2020-07-15), ou sinon une série régulière du premier au dernier jour, tous les STEP_DAYS jours (7 par défaut, hebdomadaire) ; premier/dernier jour vide = la période encodée. Une date située dans une fenêtre encodée est décodée à partir de cette fenêtre ; une date située entre deux fenêtres encodées (une fenêtre sans acquisition n'est pas encodée) est le mélange linéaire dans le temps des deux voisines (l'incertitude est mélangée de la même façon). Une fenêtre n'est jamais décodée à plus de 15 jours de son centre (l'intervalle sur lequel les décodeurs sont entraînés) : au-delà, sa valeur est maintenue. Les dates hors de la période encodée sont refusées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : un bloc sans observation valide dans une fenêtre y est sans données. Avec &lt;i&gt;combler les lacunes&lt;/i&gt; (par défaut), un tel bloc est décodé à partir de ses fenêtres valides les plus proches avant et après, mélangées dans le temps ; il reste sans données là où l'un des deux côtés n'en a pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résolution&lt;/b&gt; (mètres) : un multiple de la taille de pixel de la pile qui divise le bloc (pour le préréglage fine à 10 m : 10, 20 ou 40 m) ; vide = la résolution de la pile. Un pixel grossier prend la valeur du décodeur en son centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le décodeur de l'encodeur qui a produit le raster latent ; un fichier ONNX de décodeur (avancé) peut être indiqué, et il est refusé s'il a été entraîné pour un autre encodeur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : un GeoTIFF par variable, une bande par date dans l'ordre des dates. La description de chaque bande commence par sa date ("2020-07-01 LAI [m2/m2]") et ses métadonnées contiennent DATE, VARIABLE et UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôleur temporel&lt;/b&gt; : QGIS 3.38 et versions ultérieures peuvent associer chaque bande à une date : les sorties reçoivent le mode temporel &lt;i&gt;Plage temporelle fixe par bande&lt;/i&gt; (chaque bande de sa date à la suivante), de sorte que le contrôleur temporel affiche la bande de la date courante. QGIS 3.22 à 3.36 ne savent pas associer les bandes d'un même GeoTIFF à des dates ; dans ce cas (option avancée, activée par défaut), chaque sortie reçoit aussi un dossier &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; contenant un petit VRT par date (qui pointe vers la bande, sans copie de pixels), et les sorties chargées à la fin du traitement sont accompagnées d'un groupe &lt;i&gt;… par date&lt;/i&gt; d'une couche par date, chacune avec la plage temporelle fixe allant de sa date à la suivante : le contrôleur temporel anime ce groupe. Ouvrez vous-même les VRT (Temporel ▸ Plage temporelle fixe) pour les sorties non chargées à la fin du traitement.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: &lt;i&gt;fine4&lt;/i&gt; (4 × 4 px chunks, 10-day windows, 64 features), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 features) or &lt;i&gt;presto&lt;/i&gt;, the published Presto foundation model (Tseng et al. 2023, MIT; pre-trained on 21.5 M real pixel series worldwide): 128 features per pixel for every run of up to 12 calendar months, from monthly means of the valid observations. Presto takes any subset of the S2 bands (e.g. 9-band composites without B8A) and S1 only, S2 only or both: what is missing is masked, never filled, and named in the log; a last band per window counts the months observed (S2 + 100 × S1). It has no decoder and no log-variance. An encoder ONNX file (advanced) overrides the choice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid factor&lt;/b&gt; (presto only): 1 encodes every pixel; f encodes the mean series of each f × f block (f² times faster, pixel size f × the stack's).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : &lt;i&gt;fine4&lt;/i&gt; (blocs de 4 × 4 px, fenêtres de 10 jours, 64 caractéristiques), &lt;i&gt;seed100&lt;/i&gt; (100 × 100 px = 1 km, 256 caractéristiques) ou &lt;i&gt;presto&lt;/i&gt;, le modèle de fondation Presto publié (Tseng et al. 2023, MIT ; pré-entraîné sur 21,5 M de séries de pixels réelles du monde entier) : 128 caractéristiques par pixel pour chaque suite d'au plus 12 mois civils, à partir des moyennes mensuelles des observations valides. Presto accepte n'importe quel sous-ensemble des bandes S2 (p. ex. des composites à 9 bandes sans B8A) et S1 seul, S2 seul ou les deux : ce qui manque est masqué, jamais inventé, et nommé dans le journal ; une dernière bande par fenêtre compte les mois observés (S2 + 100 × S1). Il n'a ni décodeur ni log-variance. Un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Facteur de grille&lt;/b&gt; (presto seulement) : 1 encode chaque pixel ; f encode la série moyenne de chaque bloc de f × f pixels (f² fois plus rapide, taille de pixel f × celle de la pile).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the fine preset (4 × 4 px chunks, 64 features) or the seed preset (100 × 100 px = 1 km, 256 features); an encoder ONNX file (advanced) overrides it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Encode une pile Sentinel-2 et/ou une pile Sentinel-1 en un &lt;b&gt;raster latent&lt;/b&gt; : pour chaque bloc de P × P pixels et chaque fenêtre temporelle de W jours, un vecteur de caractéristiques latentes (moyenne et log-variance) produit par un encodeur variationnel. Décodez-le en variables physiques avec eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : des piles écrites par eolatent:buildstack. Indiquez-en au moins une ; si les deux sont indiquées, elles doivent partager la même grille (construisez-les en une seule exécution de eolatent:buildstack). La pile S2 doit contenir B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; la pile S1, VV et VH. Avec une seule modalité (S2 seul ou S1 seul), l'autre est transmise à l'encodeur comme absente (zéros, validité 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Modèle&lt;/b&gt; : le préréglage fine (blocs de 4 × 4 px, 64 caractéristiques) ou le préréglage seed (100 × 100 px = 1 km, 256 caractéristiques) ; un fichier ONNX d'encodeur (avancé) remplace ce choix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fenêtres temporelles&lt;/b&gt; : de la date de début (par défaut : la première acquisition) à la date de fin (par défaut : la dernière), en fenêtres consécutives de W jours (10). Une fenêtre sans aucune acquisition n'est pas encodée ; décoder une date qui s'y trouve mélange les fenêtres voisines. Dans chaque fenêtre, l'encodeur reçoit, par pixel, la moyenne des observations valides (S1 moyenné en puissance linéaire, puis converti en dB) et la fraction des dates de la fenêtre qui étaient valides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages et nodata&lt;/b&gt; : les pixels invalides (masque de nuages, NaN) sont exclus des moyennes. Un bloc sans aucun pixel valide dans une fenêtre (entièrement nuageux, hors des données) est sans données (NaN) dans cette fenêtre. Quand la taille du raster n'est pas un multiple de P, la dernière ligne/colonne de blocs est partielle : ses pixels manquants sont transmis à l'encodeur comme invalides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : un GeoTIFF float32 avec un pixel par bloc (taille de pixel = P × celle de la pile), bandes groupées par fenêtre : L bandes de moyenne puis L bandes de log-variance, décrites "2020-07-01/2020-07-10 z000 mean" ; ses métadonnées enregistrent l'identifiant et la version de l'encodeur, la taille des blocs, la durée des fenêtres, les fenêtres et les sommes de contrôle des piles d'entrée, que vérifie eolatent:decode.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Makes a land-cover (or land-use) map from a latent raster and a few labelled polygons or points. &lt;b&gt;Train&lt;/b&gt; mode fits a classifier (scikit-learn; a random forest unless &lt;i&gt;Classifier&lt;/i&gt; says otherwise) on the latent features of the labelled pixels, measures it on a spatially separated validation split, saves it as an ONNX classifier with its model card, and maps the whole raster. &lt;b&gt;Apply&lt;/b&gt; mode maps a raster with a saved classifier — another area or another year in the same season — and needs neither scikit-learn nor training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a latent raster from eolatent:encode (features: the latent means of every time window), or, for comparison, any other raster such as a Sentinel-2 stack from eolatent:buildstack (features: its bands). The map has the input's resolution (40 m for the fine latent preset).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Training layer&lt;/b&gt;: polygons or points with a class field (text or integer). A pixel is labelled when its centre lies in a polygon; a point labels the pixel that holds it. Features with an empty class are skipped. Class names and colours come from the layer's categorized style on the class field when it has one, else from a fixed palette; integer classes keep their values in the map.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt;: a fraction of the polygons (default 0.3), taken as whole spatial blocks, is set aside; no polygon has pixels on both sides. The report gives the overall accuracy, kappa, per-class precision, recall and F1 and the confusion matrix on these pixels. The saved classifier is the one trained without them, so the figures describe it. A class with fewer than two usable polygons is trained but not validated (the report says so).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class map (0 = nodata), the confidence (highest class probability, 0–1), the classifier (.onnx) and the report (.html, or .json for a machine-readable one). Applying a classifier made for another encoder, season or set of bands is refused.&lt;/p&gt;&lt;p&gt;Training needs scikit-learn and skl2onnx; the message says how to install them if they are missing.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Produit une carte d'occupation (ou d'usage) du sol à partir d'un raster latent et de quelques polygones ou points étiquetés. Le mode &lt;b&gt;entraîner&lt;/b&gt; ajuste un classifieur (scikit-learn ; une forêt aléatoire, sauf si &lt;i&gt;Classifieur&lt;/i&gt; en indique un autre) sur les variables latentes des pixels étiquetés, la mesure sur un échantillon de validation séparé spatialement, l'enregistre comme classifieur ONNX avec sa fiche de modèle et cartographie tout le raster. Le mode &lt;b&gt;appliquer&lt;/b&gt; cartographie un raster avec un classifieur enregistré — une autre zone ou une autre année à la même saison — et n'a besoin ni de scikit-learn ni de données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster latent issu d'eolatent:encode (variables : les moyennes latentes de chaque fenêtre temporelle) ou, pour comparaison, tout autre raster, par exemple une pile Sentinel-2 d'eolatent:buildstack (variables : ses bandes). La carte a la résolution de l'entrée (40 m pour le préréglage latent fin).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Couche d'entraînement&lt;/b&gt; : des polygones ou des points avec un champ de classe (texte ou entier). Un pixel est étiqueté quand son centre est dans un polygone ; un point étiquette le pixel qui le contient. Les entités sans classe sont ignorées. Les noms et couleurs des classes viennent du style catégorisé de la couche sur le champ de classe s'il existe, sinon d'une palette fixe ; les classes entières gardent leur valeur dans la carte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Validation&lt;/b&gt; : une fraction des polygones (0,3 par défaut), prise par blocs spatiaux entiers, est mise de côté ; aucun polygone n'a de pixels des deux côtés. Le rapport donne la précision globale, le kappa, la précision, le rappel et le F1 par classe et la matrice de confusion sur ces pixels. Le classifieur enregistré est celui entraîné sans eux : les chiffres le décrivent. Une classe ayant moins de deux polygones utilisables est entraînée mais pas validée (le rapport le signale).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la carte des classes (0 = sans donnée), la confiance (probabilité de la classe la plus probable, 0–1), le classifieur (.onnx) et le rapport (.html, ou .json pour une lecture par programme). Un classifieur fait pour un autre encodeur, une autre saison ou d'autres bandes est refusé.&lt;/p&gt;&lt;p&gt;L'entraînement nécessite scikit-learn et skl2onnx ; s'ils manquent, le message indique comment les installer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clumping&lt;/b&gt; (true LAI): the networks invert a turbid-medium canopy (leaves placed at random), so LAI, CCC and CWC are &lt;i&gt;effective&lt;/i&gt; values (as SNAP's SL2P). Real canopies group their leaves (shoots, crowns, rows): true LAI = effective LAI / Ω, with the clumping index Ω about 0.5–0.9 for forests. Set one Ω for every pixel, or give a clumping-index map (any CRS and resolution, Ω in 0–1 or in percent, e.g. the global 500 m map of He et al. 2012); FAPAR and FCOVER are unchanged. The default, 1, keeps the effective values; the choice is written to the log and to the EOLATENT_LAI_DEFINITION tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agrégation&lt;/b&gt; (LAI vrai) : les réseaux inversent un couvert en milieu turbide (feuilles placées au hasard), le LAI, le CCC et le CWC sont donc des valeurs &lt;i&gt;effectives&lt;/i&gt; (comme le SL2P de SNAP). Les couverts réels regroupent leurs feuilles (pousses, houppiers, rangs) : LAI vrai = LAI effectif / Ω, l'indice d'agrégation Ω valant environ 0,5–0,9 pour les forêts. Indiquez un Ω pour tous les pixels, ou une carte d'indice d'agrégation (tout SCR et toute résolution, Ω dans 0–1 ou en pourcentage, par exemple la carte mondiale à 500 m de He et al. 2012) ; FAPAR et FCOVER ne changent pas. La valeur par défaut, 1, garde les valeurs effectives ; le choix est écrit dans le journal et dans l'étiquette EOLATENT_LAI_DEFINITION.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none. Without either, the sun is computed from the acquisition time and place, the view zenith is 5° and the relative azimuth 90°, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas. À défaut, le soleil est calculé à partir de l'heure et du lieu d'acquisition, l'angle zénithal de visée vaut 5° et l'azimut relatif 90°, et le journal l'indique.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance (Level-2A surface or Level-1C top-of-atmosphere), with a 1σ uncertainty for each, using neural networks trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L1C/L2A folder or a Theia/MAJA L2A folder. Bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; without B8A (composites) a 9-band model is used, and with &lt;i&gt;Band set&lt;/i&gt; = 10m a model that reads only B02, B03, B04, B08. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured; on dates without a mask, clouds and shadows are detected (s2cloudless on Level-1C, spectral rules on Level-2A) and flagged 4, unless &lt;i&gt;Detect clouds and shadows&lt;/i&gt; is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Product level&lt;/b&gt;: Level-1C (top-of-atmosphere) inputs are recognised from the product metadata, a level tag, the cirrus band B10 or the file name, and retrieved with a model trained on top-of-atmosphere simulations; &lt;i&gt;Product level&lt;/i&gt; forces L2A or L1C. The level and the bands used are written to the log and to the output metadata (LEVEL, MODEL band tags).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non-vegetation&lt;/b&gt;: water, snow and bare soil or built-up surfaces, recognised from band ratios, get 0 for every variable and quality flag 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal smoothing&lt;/b&gt; (optional): every variable is smoothed along each pixel's time series, each date weighted by its 1σ, and cloudy dates are filled from their neighbours with a 1σ that grows with the gap (flags 16 smoothed, 32 gap-filled).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there), 8 non-vegetation, 16 smoothed, 32 gap-filled.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance Sentinel-2 (de surface, niveau 2A, ou au sommet de l'atmosphère, niveau 1C), avec une incertitude à 1σ pour chacun, au moyen de réseaux de neurones entraînés sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L1C/L2A ou un dossier Theia/MAJA L2A. Bandes : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12 ; sans B8A (composites), un modèle à 9 bandes est utilisé, et avec &lt;i&gt;Jeu de bandes&lt;/i&gt; = 10m un modèle qui ne lit que B02, B03, B04, B08. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés ; sur les dates sans masque, les nuages et leurs ombres sont détectés (s2cloudless en niveau 1C, règles spectrales en niveau 2A) et signalés par l'indicateur 4, sauf si &lt;i&gt;Détecter les nuages et les ombres&lt;/i&gt; est décoché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau de produit&lt;/b&gt; : les entrées de niveau 1C (sommet de l'atmosphère) sont reconnues par les métadonnées du produit, une étiquette de niveau, la bande cirrus B10 ou le nom du fichier, et traitées par un modèle entraîné sur des simulations au sommet de l'atmosphère ; &lt;i&gt;Niveau de produit&lt;/i&gt; impose L2A ou L1C. Le niveau et les bandes utilisés sont écrits dans le journal et dans les métadonnées des sorties (étiquettes de bande LEVEL, MODEL).&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surfaces non végétales&lt;/b&gt; : l'eau, la neige et les sols nus ou bâtis, reconnus par des rapports de bandes, reçoivent 0 pour chaque variable et l'indicateur de qualité 8.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lissage temporel&lt;/b&gt; (facultatif) : chaque variable est lissée le long de la série temporelle de chaque pixel, chaque date pondérée par son 1σ, et les dates nuageuses sont comblées à partir de leurs voisines avec un 1σ qui croît avec la lacune (indicateurs 16 lissé, 32 comblé).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata), 8 surface non végétale, 16 lissé, 32 comblé.&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance, with a 1σ uncertainty for each, using a neural network trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L2A folder or a Theia/MAJA L2A folder. Needed bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there).&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Estime l'indice de surface foliaire (LAI, m²/m²), la fraction du rayonnement photosynthétiquement actif absorbé (FAPAR), la fraction de couvert végétal (FCOVER), le contenu en chlorophylle du couvert (CCC = LAI·Cab, g/m²) et le contenu en eau du couvert (CWC = LAI·Cw, kg/m²) à partir de la réflectance de surface Sentinel-2, avec une incertitude à 1σ pour chacun, au moyen d'un réseau de neurones entraîné sur des simulations PROSAIL (PROSPECT-D + 4SAIL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 ou un raster S2 à une seule date (GeoTIFF dont les descriptions de bandes nomment les bandes), un dossier ESA SAFE L2A ou un dossier Theia/MAJA L2A. Bandes nécessaires : B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12. L'échelle et le décalage de réflectance (y compris le décalage de −1000 de la baseline de traitement 04.00+) sont appliqués ; les masques de nuages et de nodata sont respectés.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;angles&lt;/b&gt; (en degrés) sont lus dans les métadonnées du produit ; les trois paramètres d'angle ne servent que pour les entrées qui n'en contiennent pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : une bande par date, dans l'ordre des dates ; les descriptions de bandes commencent par la date. Indicateurs de qualité (cumulables) : 1 entrée hors du domaine d'entraînement, 2 sortie bornée à son intervalle de validité, 4 nuage ou nodata (les sorties y sont à nodata).&lt;/p&gt;&lt;p&gt;Le fournisseur d'exécution effectivement utilisé (CUDA ou CPU) est écrit dans le journal.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date, one file per band (the files of one date in one folder are joined) or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: the masks of the products are applied (L2A SCL, Theia CLM, CLOUD/VALID bands or *_mask.tif files). Where a date has no mask, &lt;b&gt;Detect clouds and shadows&lt;/b&gt; finds them: s2cloudless (Sinergise, CC BY-SA 4.0) for L1C dates (they have B01, B09 and B10), a rule set for other band sets (L2A; it misses thin or hazy clouds), clouds projected along the sun direction onto dark pixels for shadows. The detected pixels become no data, the log gives the percentage per date, and the band metadata CLOUD_MASK, CLOUD_DETECTED and SHADOW_DETECTED record it. Untick it to keep every pixel of such dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Parcourt des dossiers de produits Sentinel-2 et/ou Sentinel-1, conserve les dates de l'intervalle choisi (et, pour Sentinel-2, celles dont la couverture nuageuse ne dépasse pas le maximum choisi), rééchantillonne chaque date sur une même grille cible et écrit une pile multidate par modalité, prête pour les autres algorithmes EO Latent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossiers Sentinel-2&lt;/b&gt; : dossiers ESA SAFE L2A (ou L1C), dossiers Theia/MAJA L2A et GeoTIFF dont les descriptions de bandes nomment les bandes (B02, B03, ...), par date, un fichier par bande (les fichiers d'une même date dans un même dossier sont réunis) ou en piles. &lt;b&gt;Dossiers Sentinel-1&lt;/b&gt; : GeoTIFF de rétrodiffusion en VV et/ou VH, en sigma0 ou gamma0, en dB ou en puissance linéaire : sorties de S1Tiling, sorties de pyroSAR, ou fichiers par date portant la polarisation et la date dans leur nom ou leurs étiquettes. Les dossiers sont parcourus récursivement ; plusieurs dossiers peuvent être indiqués, séparés par ';'. Placez les deux capteurs dans des dossiers distincts. Les autres rasters des dossiers (occupation du sol, MNT, ...) sont ignorés et listés dans le journal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; : premier et dernier jour conservés (inclus) ; vide = pas de limite. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; (en pourcentage) s'appuie sur les métadonnées du produit ; les dates dont la couverture nuageuse est inconnue sont conservées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuages&lt;/b&gt; : les masques des produits sont appliqués (SCL L2A, CLM Theia, bandes CLOUD/VALID ou fichiers *_mask.tif). Pour une date sans masque, &lt;b&gt;Détecter les nuages et les ombres&lt;/b&gt; les trouve : s2cloudless (Sinergise, CC BY-SA 4.0) pour les dates L1C (elles ont B01, B09 et B10), un jeu de règles pour les autres jeux de bandes (L2A ; il manque les nuages fins ou les voiles), les nuages projetés selon la direction du soleil sur les pixels sombres pour les ombres. Les pixels détectés deviennent sans données, le journal donne le pourcentage par date et les métadonnées de bande CLOUD_MASK, CLOUD_DETECTED et SHADOW_DETECTED l'enregistrent. Décochez-la pour garder tous les pixels de ces dates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone&lt;/b&gt; : une emprise et/ou une couche de polygones (toutes ses entités ensemble). Les pixels hors du polygone sont sans données. Sans l'une ni l'autre, les piles couvrent toutes les données (la partie commune aux deux capteurs quand les deux sont construites).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grille cible&lt;/b&gt; : le SCR de la première date Sentinel-2, sauf si un SCR cible est indiqué (un SCR projeté en mètres), la taille de pixel donnée par la résolution, des bords sur des multiples de celle-ci. La réflectance est rééchantillonnée en bilinéaire ; la rétrodiffusion en bilinéaire en puissance linéaire (pas en dB), puis écrite en dB ; les masques de nuages et de nodata au plus proche voisin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : piles GeoTIFF float32, bandes ordonnées date par date ("B04 2020-07-01", "VV 2020-07-03"), avec des métadonnées de bande (date, capteur, angles, couverture nuageuse, unités, sigma0 ou gamma0) ; les pixels invalides sont sans données (NaN). Pour ne construire qu'un seul capteur, laissez l'autre dossier vide ; les dates conservées sont renvoyées dans S2_DATES et S1_DATES.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series from five regions (France, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each region held out in turn and prompts never used in training, its mean ROC AUC over seven land-cover classes is 0.65, below the best single NDVI feature (0.77): a concept typed in words does not yet transfer well from one region to another. The model cards give the figures per class. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq régions (France, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque région étant tour à tour réservée au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC moyenne sur sept classes d'occupation du sol est de 0.65, en dessous de la meilleure variable NDVI seule (0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Les fiches des modèles donnent les chiffres par classe. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty prompts, prompts over 256 tokens and prompts that are clearly not English are refused with a message; the language check is a cautious guess, so a short foreign prompt may pass and give a map of no meaning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on a Sentinel-2 stack the default tower was trained on labelled pixel series of five data sets (France 2022 and 2023, Uganda / South Sudan, the western US, Slovenia) and on simulated spectra. With each data set held out in turn and prompts never used in training, its ROC AUC is 0.74 for forest, 0.64 grassland, 0.68 annual crops, 0.73 built-up, 0.54 water, 0.60 shrubland and 0.63 bare soil (mean 0.65), below the best single NDVI feature (mean 0.77): a concept typed in words does not yet transfer well from one region to another. Treat the maps as a ranking of pixels to look at, not a classification; for a class map, label a few polygons and use eolatent:classify.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, celles de plus de 256 tokens et celles qui ne sont manifestement pas en anglais sont refusées avec un message ; la vérification de la langue est une estimation prudente : une courte requête dans une autre langue peut passer et donner une carte sans signification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : sur une pile Sentinel-2, la tour par défaut a été entraînée sur des séries de pixels étiquetés de cinq jeux de données (France 2022 et 2023, Ouganda / Soudan du Sud, ouest des États-Unis, Slovénie) et sur des spectres simulés. Chaque jeu de données étant tour à tour réservé au test, avec des requêtes jamais utilisées à l'entraînement, son AUC ROC est de 0.74 pour la forêt, 0.64 les prairies, 0.68 les cultures annuelles, 0.73 le bâti, 0.54 l'eau, 0.60 les arbustes et 0.63 le sol nu (moyenne 0.65), en dessous de la meilleure variable NDVI seule (moyenne 0.77) : un concept décrit par des mots ne se transfère pas encore bien d'une région à l'autre. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ; pour une carte de classes, étiquetez quelques polygones et utilisez eolatent:classify.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty, too long (over 256 tokens) or non-English prompts are refused with a message.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: the towers were trained on one 1 km² Slovenian tile with five land-cover classes and on simulated spectra; the model cards give the ROC AUC per class on held-out pixels with prompts never seen in training. Treat the maps as a ranking of pixels to look at, not a classification.&lt;/p&gt;</source>
      <translation type="obsolete">&lt;p&gt;Tapez en anglais ce que vous cherchez — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — et obtenez, pour chaque pixel, la probabilité qu'il le représente. Un modèle de plongement de phrases (all-MiniLM-L6-v2, exécuté hors ligne) plonge la requête ; une tour satellite entraînée de façon contrastive (à la manière de CLIP) sur des séries temporelles Sentinel-2 étiquetées et simulées par la physique plonge la série de chaque pixel dans le même espace ; le cosinus entre les deux est calibré en probabilité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : une pile Sentinel-2 (eolatent:buildstack) ou tout raster Sentinel-2 que l'extension sait lire (une date unique compte comme une pile à une date), ou un raster latent issu de eolatent:encode (la carte est alors à la résolution des blocs du latent). Les pixels nuageux ou sans données à toutes les dates sont à nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Requêtes&lt;/b&gt; : une par ligne (16 au plus, négatives comprises). Une seule requête : probabilité = sigmoïde calibrée de son cosinus. Plusieurs requêtes et/ou des &lt;b&gt;requêtes négatives&lt;/b&gt; (ce que le pixel devrait plutôt être, p. ex. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;) : un softmax sur l'ensemble ; une bande par requête, les négatives ne sont pas écrites. Les requêtes vides, trop longues (plus de 256 tokens) ou qui ne sont pas en anglais sont refusées avec un message.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil&lt;/b&gt; (facultatif, 0–1) : produit aussi un raster de masque (1 = probabilité ≥ seuil, une bande par requête) et ses polygones, avec la requête comme attribut.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoder une fois, interroger souvent&lt;/b&gt; : le côté image est calculé une fois par entrée et mis en cache sur disque (dans le dossier de cache de l'utilisateur, indexé par le contenu de l'entrée et par le modèle) et en mémoire ; la requête suivante sur la même entrée ne coûte qu'un produit matriciel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision — à lire avant usage&lt;/b&gt; : les tours ont été entraînées sur une seule tuile slovène de 1 km² comptant cinq classes d'occupation du sol, et sur des spectres simulés ; les fiches des modèles donnent l'AUC ROC par classe sur des pixels réservés au test, avec des requêtes jamais vues à l'entraînement. Considérez les cartes comme un classement des pixels à examiner, pas comme une classification.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Cannot write {}: folder {} does not exist or is not writable; choose another output.</source>
      <translation type="obsolete">Impossible d'écrire {} : le dossier {} n'existe pas ou n'est pas accessible en écriture ; choisissez une autre sortie.</translation>
    </message>
    <message>
      <source>Classifier (forest, auto, lda, logistic, knn)</source>
      <translation type="obsolete">Classifieur (forest, auto, lda, logistic, knn)</translation>
    </message>
    <message>
      <source>Encoder</source>
      <translation type="obsolete">Encodeur</translation>
    </message>
    <message>
      <source>Encoder (fine4, seed100, presto)</source>
      <translation type="obsolete">Encodeur (fine4, seed100, presto)</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation type="obsolete">Facteur</translation>
    </message>
    <message>
      <source>Factor (2, 4 or 8)</source>
      <translation type="obsolete">Facteur (2, 4 ou 8)</translation>
    </message>
    <message>
      <source>Factor: type 2, 4 or 8 (the factor itself, not an option number)</source>
      <translation type="obsolete">Facteur : tapez 2, 4 ou 8 (le facteur lui-même, pas un numéro d'option)</translation>
    </message>
    <message>
      <source>Grid factor (presto: encode f × f pixel blocks)</source>
      <translation type="obsolete">Facteur de grille (presto : encoder des blocs de f × f pixels)</translation>
    </message>
    <message>
      <source>Model {} on a {} input; image side {}; execution provider {}</source>
      <translation type="obsolete">Modèle {} sur une entrée {} ; côté image {} ; fournisseur d'exécution {}</translation>
    </message>
    <message>
      <source>NOT verified: {}</source>
      <translation type="obsolete">NON vérifiée : {}</translation>
    </message>
    <message>
      <source>Negative prompts (optional, one per line)</source>
      <translation type="obsolete">Requêtes négatives (facultatif, une par ligne)</translation>
    </message>
    <message>
      <source>PCA of {layer}, window {start} – {end} (PC1/PC2/PC3: {p1:.0f} %/{p2:.0f} %/{p3:.0f} % of variance)</source>
      <translation type="obsolete">ACP de {layer}, fenêtre {start} – {end} (CP1/CP2/CP3 : {p1:.0f} %/{p2:.0f} %/{p3:.0f} % de la variance)</translation>
    </message>
    <message>
      <source>The clumping-index map cannot be opened as a raster layer.</source>
      <translation type="obsolete">La carte d'indice d'agrégation ne peut pas être ouverte comme couche raster.</translation>
    </message>
    <message>
      <source>Threshold for the mask and polygons (0–1, optional)</source>
      <translation type="obsolete">Seuil du masque et des polygones (0–1, facultatif)</translation>
    </message>
    <message>
      <source>fine: 4 × 4 px chunks (40 m), 10-day windows, 64 features</source>
      <translation type="obsolete">fine : blocs de 4 × 4 px (40 m), fenêtres de 10 jours, 64 caractéristiques</translation>
    </message>
    <message>
      <source>seed: 100 × 100 px chunks (1 km), 10-day windows, 256 features</source>
      <translation type="obsolete">seed : blocs de 100 × 100 px (1 km), fenêtres de 10 jours, 256 caractéristiques</translation>
    </message>
    <message>
      <source>{} (not installed)</source>
      <translation type="obsolete">{} (non installé)</translation>
    </message>
    <message>
      <source>{}: sun zenith {:.1f}°, view zenith {:.1f}°, relative azimuth {:.1f}° ({})</source>
      <translation type="obsolete">{} : zénith solaire {:.1f}°, zénith de visée {:.1f}°, azimut relatif {:.1f}° ({})</translation>
    </message>
    <message>
      <source>{}: the raster cannot be opened.</source>
      <translation type="obsolete">{} : le raster ne peut pas être ouvert.</translation>
    </message>
  </context>
</TS>
