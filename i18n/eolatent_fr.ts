<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>EOLatent</name>
    <message>
      <location filename="../plugin/diagnostics.py" line="19" />
      <source>EO Latent: diagnostics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="50" />
      <source>EO Latent — diagnostics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>Plugin version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="59" />
      <source>QGIS version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>Python version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="60" />
      <source>onnxruntime version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="61" />
      <source>Available execution providers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="61" />
      <source>Execution provider used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="62" />
      <source>GPU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="78" />
      <source>Copy report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="81" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="83" />
      <location filename="../plugin/latent_viewer.py" line="132" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="93" />
      <source>Gathering the diagnostics (checksums of the models, a test session)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="68" />
      <source>Installed models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="70" />
      <location filename="../plugin/stack_dock.py" line="97" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="70" />
      <source>Model id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="70" />
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="70" />
      <source>Weights sha256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="71" />
      <source>Checksum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="122" />
      <source>verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="140" />
      <source>Report copied to the clipboard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="102" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="122" />
      <source>NOT verified: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="127" />
      <source>Some models failed their checks: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/diagnostics.py" line="116" />
      <source>none found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="44" />
      <source>PCA of {layer}, window {start} – {end} (PC1/PC2/PC3: {p1:.0f} %/{p2:.0f} %/{p3:.0f} % of variance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="75" />
      <source>EO Latent: PCA composite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="104" />
      <source>EO Latent — show latent as PCA composite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="118" />
      <source>Save beside the latent raster (else a temporary file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="127" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="129" />
      <location filename="../plugin/query_dock.py" line="72" />
      <location filename="../plugin/stack_dock.py" line="166" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="175" />
      <source>Computing the principal components…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="110" />
      <source>Latent raster (output of eolatent:encode)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="115" />
      <source>Time window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="166" />
      <source>Choose a latent raster (an output of eolatent:encode) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="187" />
      <source>The PCA composite was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="206" />
      <location filename="../plugin/plugin.py" line="54" />
      <location filename="../plugin/plugin.py" line="65" />
      <source>EO Latent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="194" />
      <source>{name}. Principal components fitted on {n} valid latent pixels, each stretched between its 2nd and 98th percentile. File: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="199" />
      <source>Added: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="150" />
      <source>{start} – {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/latent_viewer.py" line="155" />
      <source>{} is not a latent raster; choose an output of eolatent:encode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="28" />
      <source>EO Latent — pixel time series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="43" />
      <source>Pick a pixel on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="46" />
      <source>Refresh layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="62" />
      <source>Click “Pick a pixel on the map”, then click the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="38" />
      <source>Variables to plot (per-date outputs; the 1σ raster is found by itself)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="140" />
      <source>No variable chosen: tick a per-date output (LAI, soil moisture, …) above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="157" />
      <source>Pixel at {x:.2f}, {y:.2f} ({crs})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="56" />
      <source>The plot needs matplotlib: install python3-matplotlib (Debian/Ubuntu) or `python3 -m pip install --user matplotlib`.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="94" />
      <source>{layer} ({variable}, {n} dates)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="174" />
      <source>±1σ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="154" />
      <source>{}: no data at this pixel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="148" />
      <source>{}: the click is outside the raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/pixel_plot_dock.py" line="151" />
      <source>{layer}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="50" />
      <source>Text query…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="83" />
      <source>Show latent as PCA composite…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="92" />
      <source>Diagnostics…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="77" />
      <source>Build stack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/plugin.py" line="78" />
      <source>Pixel time series…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="46" />
      <source>EO Latent — text query</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="63" />
      <source>vineyards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="67" />
      <source>negative prompts, comma-separated (optional): water, forest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="70" />
      <source>Run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="145" />
      <source>Running…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="57" />
      <location filename="../processing_provider/textquery_algorithm.py" line="59" />
      <source>Sentinel-2 stack or latent raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="61" />
      <source>What are you looking for? (English, one prompt per line)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="79" />
      <source>Mask threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="91" />
      <source>History (double-click to run again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="131" />
      <location filename="../plugin/stack_dock.py" line="349" />
      <source>The EO Latent Processing provider is not loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="134" />
      <source>Choose a Sentinel-2 stack or a latent raster first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="158" />
      <source>the text query failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="165" />
      <source>P({})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="167" />
      <source>mask: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="175" />
      <source>Done: image side {}; {} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="31" />
      <source>&lt; {:.2f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/query_dock.py" line="33" />
      <source>≥ {:.2f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="46" />
      <source>EO Latent: scanning product folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="69" />
      <source>EO Latent — build stack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="93" />
      <source>Scan the folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="110" />
      <source>Dates (first, last)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="116" />
      <source>Maximum cloud cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="126" />
      <source>Sentinel-2 bands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="130" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="134" />
      <source>Draw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="142" />
      <source>CRS of the first Sentinel-2 date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="144" />
      <source>Target CRS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="148" />
      <source> m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="149" />
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="152" />
      <source>output folder (empty: temporary folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="159" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="161" />
      <source>Stack name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="164" />
      <source>Build</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="183" />
      <source>Folder of products</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="195" />
      <source>Scanning…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="364" />
      <source>Building the stack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="82" />
      <source>Sentinel-2 folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="82" />
      <source>Sentinel-1 folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="83" />
      <source>folders separated by ';'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="88" />
      <source>Add a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="97" />
      <source>Use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="97" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="97" />
      <source>Sensor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="97" />
      <source>Cloud cover (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="128" />
      <source>All the data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="128" />
      <source>Map canvas extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="128" />
      <source>Extent of a layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="129" />
      <source>Polygons of a layer (outside: no data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="129" />
      <source>Rectangle drawn on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="192" />
      <location filename="../plugin/stack_dock.py" line="326" />
      <source>Choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="288" />
      <source>Choose the layer that gives the area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="299" />
      <source>This version of eolatent:buildstack builds every band common to the chosen dates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="385" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="113" />
      <location filename="../processing_provider/encode_algorithm.py" line="70" />
      <source>Sentinel-2 stack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="386" />
      <location filename="../processing_provider/buildstack_algorithm.py" line="114" />
      <source>Sentinel-1 stack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="203" />
      <source>The scan was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="207" />
      <source>{n} product date(s) found; {k} other file(s) skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="285" />
      <source>Draw a rectangle on the map first (Area: Draw).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="314" />
      <source>No product is ticked; tick the dates to build.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="380" />
      <source>building the stack failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="396" />
      <source>Built: Sentinel-2 dates {s2}; Sentinel-1 dates {s1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="391" />
      <source>{label} ({n} dates)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin/stack_dock.py" line="281" />
      <source>{} has no polygons; choose a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="106" />
      <source>CPU threads (0 = automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="108" />
      <source>Tile size (pixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="104" />
      <source>Execution provider (auto: CUDA GPU when available, else CPU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="105" />
      <source>auto</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="105" />
      <source>CUDA (GPU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="105" />
      <source>CPU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="128" />
      <source>{}: {!r} is not a date; give YYYY-MM-DD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="150" />
      <source>Cancelled: no output was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="24" />
      <source>Biophysical variables (LAI, FAPAR, FCOVER, CCC, CWC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="27" />
      <source>&lt;p&gt;Retrieves leaf area index (LAI, m²/m²), the fraction of absorbed photosynthetically active radiation (FAPAR), the vegetation cover fraction (FCOVER), canopy chlorophyll content (CCC = LAI·Cab, g/m²) and canopy water content (CWC = LAI·Cw, kg/m²) from Sentinel-2 surface reflectance, with a 1σ uncertainty for each, using a neural network trained on PROSAIL (PROSPECT-D + 4SAIL) simulations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack or a single-date S2 raster (GeoTIFF whose band descriptions name the bands), an ESA SAFE L2A folder or a Theia/MAJA L2A folder. Needed bands: B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12. Reflectance scale and offset (including the −1000 offset of processing baseline 04.00+) are applied; cloud and nodata masks are honoured.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Angles&lt;/b&gt; (degrees) are read from the product metadata; the three angle parameters are used only for inputs that carry none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to its valid range, 4 cloud or nodata (outputs are nodata there).&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="47" />
      <source>Sun zenith angle (°), for inputs without angle metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="49" />
      <source>View zenith angle (°), for inputs without angle metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="52" />
      <source>Relative sun–view azimuth (°), for inputs without angle metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="54" />
      <location filename="../processing_provider/decode_algorithm.py" line="184" />
      <source>Leaf area index LAI (m²/m²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="54" />
      <source>FAPAR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="55" />
      <source>FCOVER</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="55" />
      <source>Canopy chlorophyll content CCC (g/m²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="56" />
      <source>Canopy water content CWC (kg/m²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="62" />
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="75" />
      <source>Quality flags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="46" />
      <source>Sentinel-2 stack or single-date raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="75" />
      <source>No input raster: choose a Sentinel-2 stack or raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="84" />
      <source>No output selected: choose at least the LAI output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="91" />
      <location filename="../processing_provider/decode_algorithm.py" line="229" />
      <location filename="../processing_provider/encode_algorithm.py" line="119" />
      <source>Execution provider that ran: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="60" />
      <location filename="../processing_provider/decode_algorithm.py" line="192" />
      <source>{} uncertainty (1σ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/biophysical_algorithm.py" line="93" />
      <source>{}: sun zenith {:.1f}°, view zenith {:.1f}°, relative azimuth {:.1f}° ({})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="52" />
      <source>Build stack (Sentinel-2 / Sentinel-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="55" />
      <source>&lt;p&gt;Scans folders of Sentinel-2 and/or Sentinel-1 products, keeps the dates in the chosen range (and, for Sentinel-2, at most the chosen cloud cover), resamples every date onto one target grid and writes one multi-date stack per modality, ready for the other EO Latent algorithms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-2 folders&lt;/b&gt;: ESA SAFE L2A (or L1C) folders, Theia/MAJA L2A folders, and GeoTIFFs whose band descriptions name the bands (B02, B03, ...), per date or as stacks. &lt;b&gt;Sentinel-1 folders&lt;/b&gt;: backscatter GeoTIFFs of VV and/or VH, sigma0 or gamma0, in dB or linear power: S1Tiling outputs, pyroSAR outputs, or per-date files with the polarisation and the date in the name or tags. Folders are searched recursively; several folders can be given separated by ';'. Keep the two sensors in separate folders. Other rasters in the folders (land cover, DEM, ...) are skipped and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: the first and last day kept (inclusive); empty = no limit. &lt;b&gt;Maximum cloud cover&lt;/b&gt; (percent) uses the product metadata; dates without a known cloud cover are kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: an extent and/or a polygon layer (all its features together). Pixels outside the polygon are no data. Without either, the stacks cover all the data (the common part of both sensors when both are built).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target grid&lt;/b&gt;: the CRS of the first Sentinel-2 date unless a target CRS is given (a projected CRS in metres), the pixel size given by the resolution, edges on multiples of it. Reflectance is resampled bilinearly; backscatter bilinearly in linear power (not in dB) and written in dB; cloud and no-data masks by nearest neighbour.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: float32 GeoTIFF stacks, bands ordered date by date ("B04 2020-07-01", "VV 2020-07-03"), with band metadata (date, sensor, angles, cloud cover, units, sigma0 or gamma0); invalid pixels are no data (NaN). Build only one sensor by leaving the other folder empty; the dates kept are returned as S2_DATES and S1_DATES.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="98" />
      <source>Maximum cloud cover of a Sentinel-2 date (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="107" />
      <source>Resolution (target CRS units, metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="111" />
      <source>Window size (pixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="87" />
      <source>Sentinel-2 folder (several: separate with ';')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="90" />
      <source>Sentinel-1 folder (several: separate with ';')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="93" />
      <source>First date (YYYY-MM-DD, empty: no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="96" />
      <source>Last date (YYYY-MM-DD, empty: no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="100" />
      <source>Extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="102" />
      <source>Area polygon(s) (pixels outside are no data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="105" />
      <source>Target CRS (empty: CRS of the first Sentinel-2 date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="109" />
      <source>Sentinel-2 bands to keep, comma-separated (empty: all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="115" />
      <source>Sentinel-2 dates kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="116" />
      <source>Sentinel-1 dates kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="153" />
      <source>No input folder: choose a Sentinel-2 folder, a Sentinel-1 folder or both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="125" />
      <source>The area layer cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="128" />
      <source>The area layer has no polygon; choose a layer with at least one polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="141" />
      <source>The extent and the area polygon do not overlap; change one of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="162" />
      <source>A {} folder is given but its output is skipped; choose an output file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/buildstack_algorithm.py" line="182" />
      <source>{}: {} date(s): {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="126" />
      <source>Decode a latent raster (LAI, FCOVER, soil moisture, …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="129" />
      <source>&lt;p&gt;Decodes a latent raster made by eolatent:encode into physical variables — leaf area index LAI (m²/m²), vegetation cover FCOVER, soil moisture SM (m³/m³), and optionally leaf chlorophyll CAB (µg/cm²), leaf water CW (g/cm²), dry matter CM (g/cm²) and soil brightness — at the dates and the resolution you choose, with an optional 1σ uncertainty per variable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: a comma-separated list of dates (2020-07-01, 2020-07-15), or else a regular series from the first to the last day every STEP_DAYS days (default 7, weekly); empty first/last day = the encoded period. A date inside an encoded window is decoded from that window; a date between two encoded windows (a window without acquisitions is not encoded) is the linear blend in time of the two neighbours (uncertainty blended the same way). Dates outside the encoded period are refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds&lt;/b&gt;: a chunk with no valid observation in a window is no data there. With &lt;i&gt;fill gaps&lt;/i&gt; (default), such a chunk is decoded from its nearest valid windows before and after, blended in time; it stays no data where one side has none.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (metres): a multiple of the stack pixel size that divides the chunk (for the fine preset at 10 m: 10, 20 or 40 m); empty = the stack resolution. A coarse pixel is the decoder's value at its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the decoder of the encoder that made the latent raster; a decoder ONNX file (advanced) may be given, and is refused if it was trained for another encoder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one GeoTIFF per variable, one band per date in date order. Each band's description starts with its date ("2020-07-01 LAI [m2/m2]") and its metadata carries DATE, VARIABLE and UNITS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Temporal controller&lt;/b&gt;: QGIS 3.38 and later can map each band to a date: the outputs are given the temporal mode &lt;i&gt;Fixed time range per band&lt;/i&gt; (each band from its date to the next), so the temporal controller shows the band of the current date. QGIS 3.22 to 3.36 cannot map the bands of one GeoTIFF to dates; there (advanced option, on by default) each output also gets a folder &lt;i&gt;&amp;lt;output&amp;gt;_dates/&lt;/i&gt; with one small VRT per date (pointing to the band, no pixel copied), and the outputs loaded on completion come with a group &lt;i&gt;… by date&lt;/i&gt; of one layer per date, each with the fixed time range from its date to the next: the temporal controller animates that group. Open the VRTs yourself (Temporal ▸ Fixed time range) for outputs not loaded on completion.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="173" />
      <source>Series: step (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="174" />
      <source>Resolution (m, empty: the stack resolution)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="184" />
      <source>Vegetation cover FCOVER</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="185" />
      <source>Soil moisture SM (m³/m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="185" />
      <source>Leaf chlorophyll CAB (µg/cm²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="186" />
      <source>Leaf water CW (g/cm²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="186" />
      <source>Leaf dry matter CM (g/cm²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="187" />
      <source>Soil brightness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="163" />
      <location filename="../processing_provider/encode_algorithm.py" line="91" />
      <source>Latent raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="165" />
      <source>Dates (YYYY-MM-DD, comma-separated; empty: regular series below)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="168" />
      <source>Series: first day (empty: start of the encoded period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="171" />
      <source>Series: last day (empty: end of the encoded period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="177" />
      <source>Fill cloudy chunks from the neighbouring windows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="179" />
      <source>Decoder ONNX file (empty: the decoder of the raster's encoder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="182" />
      <source>QGIS before 3.38: also one layer per date for the temporal controller (VRTs in &lt;output&gt;_dates/)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="194" />
      <source>Decoded dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="206" />
      <source>No latent raster: choose a raster made by eolatent:encode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="216" />
      <source>No output selected: choose at least one variable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="230" />
      <source>Decoded {} date(s): {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="101" />
      <source>{} by date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/decode_algorithm.py" line="237" />
      <source>One layer per date for the temporal controller: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="39" />
      <source>Encode stacks to a latent raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="42" />
      <source>&lt;p&gt;Encodes a Sentinel-2 stack and/or a Sentinel-1 stack into a &lt;b&gt;latent raster&lt;/b&gt;: for every chunk of P × P pixels and every time window of W days, a vector of latent features (mean and log-variance) from a variational encoder. Decode it into physical variables with eolatent:decode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: stacks written by eolatent:buildstack. Give at least one; when both are given they must share the same grid (build them in one eolatent:buildstack run). The S2 stack needs B02, B03, B04, B05, B06, B07, B08, B8A, B11, B12; the S1 stack VV and VH. With one modality only (S2 only or S1 only), the other is given to the encoder as absent (zeros, validity 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Model&lt;/b&gt;: the fine preset (4 × 4 px chunks, 64 features) or the seed preset (100 × 100 px = 1 km, 256 features); an encoder ONNX file (advanced) overrides it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Time windows&lt;/b&gt;: from the start date (default: the first acquisition) to the end date (default: the last one), in consecutive windows of W days (10). A window without any acquisition is not encoded; decoding a date there blends the neighbouring windows. In each window the encoder gets, per pixel, the mean of the valid observations (S1 averaged in linear power, then in dB) and the fraction of the window's dates that were valid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clouds and nodata&lt;/b&gt;: invalid pixels (cloud mask, NaN) are left out of the means. A chunk with no valid pixel in a window (fully cloudy, outside the data) is no data (NaN) in that window. When the raster size is not a multiple of P, the last row/column of chunks is partial: its missing pixels are given to the encoder as invalid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a float32 GeoTIFF with one pixel per chunk (pixel size P × the stack's), bands grouped by window: L mean bands then L log-variance bands, described "2020-07-01/2020-07-10 z000 mean"; its metadata records the encoder id and version, chunk size, window length, windows and the input stacks' checksums, which eolatent:decode checks.&lt;/p&gt;&lt;p&gt;The execution provider that actually ran (CUDA or CPU) is written to the log.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="73" />
      <source>fine: 4 × 4 px chunks (40 m), 10-day windows, 64 features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="74" />
      <source>seed: 100 × 100 px chunks (1 km), 10-day windows, 256 features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="72" />
      <source>Sentinel-1 stack (VV, VH)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="80" />
      <source>Encoder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="83" />
      <source>Encoder ONNX file (overrides the encoder choice)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="86" />
      <source>First day (YYYY-MM-DD, empty: first acquisition)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="89" />
      <source>Last day (YYYY-MM-DD, empty: last acquisition)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="92" />
      <source>Encoded time windows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="108" />
      <source>No input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="121" />
      <source>Encoded windows: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="99" />
      <source>{}: the raster cannot be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/encode_algorithm.py" line="79" />
      <source>{} (not installed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="30" />
      <source>EO Latent — Sentinel time series to embeddings and physical variables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="26" />
      <source>Soil moisture (Sentinel-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="29" />
      <source>&lt;p&gt;Retrieves surface soil moisture (volumetric, m³/m³) on every date of a Sentinel-1 stack, with a 1σ uncertainty and a quality flag, using a neural network trained on simulations of the Water Cloud Model (vegetation, driven by LAI) over the Oh (2004) bare-soil model at C band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sentinel-1&lt;/b&gt;: a stack (eolatent:buildstack) or a dated GeoTIFF with VV and VH σ⁰ (dB or linear, read from the metadata), ideally speckle-filtered. γ⁰ is refused: γ⁰ = σ⁰/cos θ reads 0.6–1.6 dB higher at 29–46° and would be taken for wetter soil; FORCE_GAMMA0 runs anyway (biased). &lt;b&gt;Incidence angle&lt;/b&gt; (local, degrees): from the stack's incidence band; the INCIDENCE parameter is used only for inputs without one. The model was trained on 29–46°.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vegetation (LAI)&lt;/b&gt;, in this order of preference: (1) a LAI raster on the S1 grid with one band per date (the LAI output of eolatent:biophysical), (2) a Sentinel-2 stack on the S1 grid (LAI retrieved on the fly with the biophysical model; angles from the stack), (3) a constant LAI (LAI_VALUE), a fallback that ignores the vegetation's changes in space and time. LAI is interpolated per pixel linearly in time between the nearest cloud-free LAI dates before and after each S1 date (by calendar day); beyond the first or last LAI date the nearest one is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: on held-out simulations the RMSE is 0.13 m³/m³ (r² = 0.13) against 0.14 m³/m³ for always predicting the prior mean (0.26 m³/m³); 0.11 m³/m³ for LAI below 1, but hardly better than the prior mean above LAI ~3 (0.135–0.138 against 0.137–0.139 m³/m³): single-date C-band backscatter carries little information on the soil under dense vegetation or unknown roughness, and there the estimate falls back towards the prior mean with a large σ. On 40 real field points (SMAPVEX16 soybean) the RMSE was 0.11 m³/m³ with a −0.07 m³/m³ bias, worse than their sample mean: use the output for relative patterns and changes over time on sparse vegetation, and always with its σ. The share of pixels above LAI 3 is written to the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: one band per S1 date, in date order; band descriptions start with the date. Quality flags (add up): 1 input outside the training domain, 2 output clamped to 0–0.6 m³/m³, 4 no data (S1, incidence or LAI missing; outputs are nodata there).&lt;/p&gt;&lt;p&gt;Advanced parameters: execution provider (auto: CUDA GPU when available, else CPU; the one that ran is written to the log), CPU threads and tile size.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="66" />
      <source>Constant LAI (m²/m²), fallback without LAI raster or S2 stack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="68" />
      <source>Incidence angle (°), for S1 inputs without an incidence band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="71" />
      <source>Accept γ⁰/β⁰ input as if it were σ⁰ (biased)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="73" />
      <source>Soil moisture (m³/m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="74" />
      <source>Soil moisture uncertainty (1σ, m³/m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="61" />
      <source>Sentinel-1 stack (VV, VH σ⁰)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="63" />
      <source>LAI raster, one band per date (output of eolatent:biophysical)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="65" />
      <source>Sentinel-2 stack (LAI retrieved on the fly) if no LAI raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="94" />
      <source>No Sentinel-1 input: choose an S1 stack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="103" />
      <source>No output selected: choose at least the soil moisture output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="114" />
      <source>Incidence angle of every date from the {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="119" />
      <source>{:.0%} of the retrieved pixels have LAI above 3, where single-date C-band retrieval stays close to the prior mean (large σ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/soilmoisture_algorithm.py" line="117" />
      <source>{}: incidence angle from the {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="30" />
      <source>Land-surface temperature super-resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="33" />
      <source>&lt;p&gt;Sharpens a coarse land-surface temperature raster (MODIS, Sentinel-3: 1 km) by a factor 2, 4 or 8. The output is in Kelvin on a grid exactly aligned with the input (same origin and CRS — MODIS sinusoidal included — pixel = input pixel / FACTOR).&lt;/p&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: LST in Kelvin, or MODIS MOD11A1-style raw integers (K = DN × 0.02, 0 = fill), detected from the data type and values or set with INPUT_UNITS. A multi-band MOD11A1 GeoTIFF is read as its LST_Day_1km band (BAND picks another) and the matching QC band masks pixels that were not produced or whose LST error exceeds 2 K. Clouds, fill values and sea are masked: they are nodata in the output and never influence valid pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt; (fixed order): 0 CNN single-image; 1 CNN guided by a fine vegetation index; 2 TsHARP (line T = a + b·NDVI fitted on the coarse pixels, applied at fine scale, coarse residual added back); 3 bicubic. The CNNs were trained on real thermal images degraded by the factor (MODIS day/night, airborne vineyard images).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GUIDE&lt;/b&gt; (methods 1 and 2): a fine-resolution NDVI raster, or a Sentinel-2 stack (NDVI from B04/B08, median of its cloud-free dates), in the input's CRS, with pixel = input pixel / FACTOR, aligned and covering the input.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CONSERVE&lt;/b&gt; (default on): the fine result is corrected per coarse pixel so that re-aggregating it as radiance (4th-power mean) returns the input exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy&lt;/b&gt; on held-out real data (RMSE, radiance-conserving; details in the README and the model cards): MODIS ×4 (4 km → 1 km, day and night): bicubic 0.72 K, TsHARP 0.89 K, CNN single-image 0.72 K, CNN guided 0.72 K — no fine vegetation index exists for that tile and its 1 km detail is hardly predictable from 4 km. Airborne 3.6 m vineyard at 11:00, ×4/×8/×16: bicubic 2.55/3.94/4.47 K, TsHARP 2.07/2.56/2.97 K, CNN guided 1.94/2.44/2.80 K. The guided CNN helps where the guide explains the coarse temperatures: the log gives the r² of the coarse temperature–NDVI line.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="75" />
      <source>LST band of a multi-band input (0 = automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="77" />
      <source>Fine land-surface temperature (K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="60" />
      <source>Coarse land-surface temperature (Kelvin or MODIS raw)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="62" />
      <source>Fine vegetation guide (NDVI raster or Sentinel-2 stack)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="64" />
      <source>Factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="66" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="70" />
      <source>Conserve radiance (re-aggregated output equals the input)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="72" />
      <source>Input units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="87" />
      <source>No input: choose a land-surface temperature raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="67" />
      <source>CNN single-image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="67" />
      <source>CNN guided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="67" />
      <source>TsHARP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="67" />
      <source>Bicubic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="73" />
      <source>auto-detect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="73" />
      <source>Kelvin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="73" />
      <source>MODIS raw (DN × 0.02, fill 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/superresolve_algorithm.py" line="104" />
      <source>Guide line at coarse scale: r² = {:.2f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="30" />
      <source>Text query (concept → probability map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="33" />
      <source>&lt;p&gt;Type what you are looking for in English — &lt;i&gt;vineyards&lt;/i&gt;, &lt;i&gt;flooded meadows&lt;/i&gt;, &lt;i&gt;new buildings&lt;/i&gt; — and get, for every pixel, the probability that it shows it. A sentence-embedding model (all-MiniLM-L6-v2, run offline) embeds the prompt; a satellite tower trained contrastively (CLIP-style) on labelled and physics-simulated Sentinel-2 time series embeds each pixel's series in the same space; the cosine between the two is calibrated into a probability.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 stack (eolatent:buildstack) or any Sentinel-2 raster the plugin reads (a single date counts as a one-date stack), or a latent raster from eolatent:encode (the map is then at the latent's chunk resolution). Pixels cloudy or nodata on every date are nodata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Prompts&lt;/b&gt;: one per line (at most 16 with the negatives). One prompt: probability = calibrated sigmoid of its cosine. Several prompts and/or &lt;b&gt;negative prompts&lt;/b&gt; (things the pixel should rather be, e.g. &lt;i&gt;water&lt;/i&gt;, &lt;i&gt;forest&lt;/i&gt;): a softmax across all of them; one band per prompt, the negatives are not written. Empty, too long (over 256 tokens) or non-English prompts are refused with a message.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Threshold&lt;/b&gt; (optional, 0–1): also a mask raster (1 = probability ≥ threshold, one band per prompt) and its polygons with the prompt as attribute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encode once, query many&lt;/b&gt;: the image side is computed once per input and cached on disk (in the user cache folder, keyed by the input's content and the model) and in memory; the next prompt on the same input costs a matrix product.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy — read before use&lt;/b&gt;: the towers were trained on one 1 km² Slovenian tile with five land-cover classes and on simulated spectra; the model cards give the ROC AUC per class on held-out pixels with prompts never seen in training. Treat the maps as a ranking of pixels to look at, not a classification.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="65" />
      <source>Threshold for the mask and polygons (0–1, optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="70" />
      <source>Probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="71" />
      <source>Mask (probability ≥ threshold)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="61" />
      <source>Prompts (one per line, English)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="63" />
      <source>Negative prompts (optional, one per line)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="68" />
      <source>Text-query tower ONNX (empty: the one for the input)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="74" />
      <source>Polygons (probability ≥ threshold)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="76" />
      <source>Image side: computed or reused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="77" />
      <source>Timings (JSON, seconds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="87" />
      <source>No input: choose a Sentinel-2 stack or a latent raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="93" />
      <source>A mask or polygons need a threshold: give THRESHOLD (0–1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="103" />
      <source>reused (memory)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="103" />
      <source>reused (disk cache)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="104" />
      <source>computed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="105" />
      <source>Model {} on a {} input; image side {}; execution provider {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing_provider/textquery_algorithm.py" line="107" />
      <source>Time: {:.2f} s (image side {:.2f} s, prompts {:.3f} s, maps {:.2f} s)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
