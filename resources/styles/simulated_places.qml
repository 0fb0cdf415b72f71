<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1">
  <renderer-v2 attr="kind" forceraster="0" symbollevels="0" type="categorizedSymbol" enableorderby="0" referencescale="-1">
    <categories>
      <category value="home" symbol="0" label="Home" render="true"/>
      <category value="work" symbol="1" label="Work" render="true"/>
      <category value="study" symbol="2" label="Study (school)" render="true"/>
      <category value="shopping" symbol="3" label="Shopping" render="true"/>
      <category value="leisure" symbol="4" label="Leisure" render="true"/>
      <category value="personal_business" symbol="5" label="Personal business" render="true"/>
      <category value="" symbol="6" label="Other" render="true"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="228,26,28,255" name="color" type="QString"/>
            <Option value="square" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="3.2" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="228,26,28,255" k="color"/>
          <prop v="square" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="3.2" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="1" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="55,126,184,255" name="color" type="QString"/>
            <Option value="diamond" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="3.2" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="55,126,184,255" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="3.2" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="2" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="152,78,163,255" name="color" type="QString"/>
            <Option value="diamond" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="3.0" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="152,78,163,255" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="3.0" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="3" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="255,127,0,255" name="color" type="QString"/>
            <Option value="circle" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="2.6" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,127,0,255" k="color"/>
          <prop v="circle" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="2.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="4" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="77,175,74,255" name="color" type="QString"/>
            <Option value="circle" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="2.6" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="77,175,74,255" k="color"/>
          <prop v="circle" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="2.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="5" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="166,86,40,255" name="color" type="QString"/>
            <Option value="circle" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="2.6" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="166,86,40,255" k="color"/>
          <prop v="circle" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="2.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="6" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="150,150,150,255" name="color" type="QString"/>
            <Option value="circle" name="name" type="QString"/>
            <Option value="255,255,255,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="2.0" name="size" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="150,150,150,255" k="color"/>
          <prop v="circle" k="name"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="2.0" k="size"/>
          <prop v="MM" k="size_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="1" k="vertical_anchor_point"/>
          <prop v="0,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
