<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" maxScale="0" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" labelsEnabled="0" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1" minScale="100000000" simplifyLocal="1" simplifyAlgorithm="0" simplifyMaxScale="1">
  <renderer-v2 symbollevels="0" forceraster="0" referencescale="-1" enableorderby="0" type="singleSymbol">
    <symbols>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" enabled="1" locked="0">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="square" name="cap_style" type="QString"/>
            <Option value="31,95,139,200" name="color" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="circle" name="name" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="255,255,255,180" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.15" name="outline_width" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="1.6" name="size" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="31,95,139,200" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,180" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.15" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="user_id"/>
    <field configurationFlags="None" name="time"/>
    <field configurationFlags="None" name="accuracy_m"/>
    <field configurationFlags="None" name="speed_mps"/>
    <field configurationFlags="None" name="source_file"/>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="user_id" name=""/>
    <alias index="1" field="time" name=""/>
    <alias index="2" field="accuracy_m" name=""/>
    <alias index="3" field="speed_mps" name=""/>
    <alias index="4" field="source_file" name=""/>
  </aliases>
  <defaults>
    <default field="user_id" applyOnUpdate="0" expression=""/>
    <default field="time" applyOnUpdate="0" expression=""/>
    <default field="accuracy_m" applyOnUpdate="0" expression=""/>
    <default field="speed_mps" applyOnUpdate="0" expression=""/>
    <default field="source_file" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="user_id" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="time" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="accuracy_m" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="speed_mps" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="source_file" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="user_id" exp="" desc=""/>
    <constraint field="time" exp="" desc=""/>
    <constraint field="accuracy_m" exp="" desc=""/>
    <constraint field="speed_mps" exp="" desc=""/>
    <constraint field="source_file" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <mapTip>[% "user_id" %] [% format_date("time", 'yyyy-MM-dd HH:mm:ss') %] UTC</mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
