<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyDrawingTol="1" simplifyDrawingHints="1" readOnly="0" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" symbologyReferenceScale="-1" version="3.22.16-Białowieża" simplifyLocal="1" maxScale="0" minScale="100000000" simplifyAlgorithm="0" simplifyMaxScale="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" enabled="0" mode="0" endField="" fixedDuration="0" startField="" endExpression="" durationField="" limitMode="0" durationUnit="min" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" type="categorizedSymbol" attr="masked" enableorderby="0" referencescale="-1" symbollevels="0">
    <categories>
      <category render="true" symbol="0" value="false" label="Published"/>
      <category render="true" symbol="1" value="true" label="Masked (too few users or trips)"/>
    </categories>
    <symbols>
      <symbol type="fill" clip_to_extent="1" name="0" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="247,247,247,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="120,120,120,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="247,247,247,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="120,120,120,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="1" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="189,189,189,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="120,120,120,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="b_diagonal" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="189,189,189,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="120,120,120,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="b_diagonal"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer attributeLegend="1" diagramType="Pie">
    <DiagramCategory showAxis="0" height="12" lineSizeType="MM" scaleDependency="Area" rotationOffset="270" lineSizeScale="3x:0,0,0,0,0,0" width="12" sizeScale="3x:0,0,0,0,0,0" backgroundColor="#000000" minimumSize="0" spacingUnit="MM" barWidth="5" maxScaleDenominator="0" backgroundAlpha="255" minScaleDenominator="0" opacity="1" sizeType="MM" spacingUnitScale="3x:0,0,0,0,0,0" spacing="0" penAlpha="255" penWidth="0.2" diagramOrientation="Up" penColor="#ffffff" direction="1" labelPlacementMethod="Height" scaleBasedVisibility="0" enabled="1">
      <attribute field="&quot;sh_walk&quot;" color="#4daf4a" colorOpacity="1" label="Walk"/>
      <attribute field="&quot;sh_bike&quot;" color="#a6d854" colorOpacity="1" label="Bike"/>
      <attribute field="&quot;sh_ebike&quot;" color="#66c2a5" colorOpacity="1" label="E-bike"/>
      <attribute field="&quot;sh_escooter&quot;" color="#1b9e77" colorOpacity="1" label="E-scooter"/>
      <attribute field="&quot;sh_motorcycle&quot;" color="#ff7f00" colorOpacity="1" label="Motorcycle"/>
      <attribute field="&quot;sh_car&quot;" color="#e41a1c" colorOpacity="1" label="Car"/>
      <attribute field="&quot;sh_bus&quot;" color="#377eb8" colorOpacity="1" label="Bus"/>
      <attribute field="&quot;sh_coach&quot;" color="#1d4e89" colorOpacity="1" label="Coach"/>
      <attribute field="&quot;sh_tram&quot;" color="#984ea3" colorOpacity="1" label="Tram"/>
      <attribute field="&quot;sh_metro&quot;" color="#f781bf" colorOpacity="1" label="Metro"/>
      <attribute field="&quot;sh_train&quot;" color="#a65628" colorOpacity="1" label="Train"/>
      <attribute field="&quot;sh_ferry&quot;" color="#00a6d6" colorOpacity="1" label="Ferry"/>
      <attribute field="&quot;sh_plane&quot;" color="#525252" colorOpacity="1" label="Plane"/>
      <attribute field="&quot;sh_unknown&quot;" color="#bdbdbd" colorOpacity="1" label="Unknown"/>
      <axisSymbol>
        <symbol type="line" clip_to_extent="1" name="" force_rhr="0" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleLine">
            <Option type="Map">
              <Option type="QString" value="0" name="align_dash_pattern"/>
              <Option type="QString" value="square" name="capstyle"/>
              <Option type="QString" value="5;2" name="customdash"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
              <Option type="QString" value="MM" name="customdash_unit"/>
              <Option type="QString" value="0" name="dash_pattern_offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
              <Option type="QString" value="0" name="draw_inside_polygon"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="35,35,35,255" name="line_color"/>
              <Option type="QString" value="solid" name="line_style"/>
              <Option type="QString" value="0.26" name="line_width"/>
              <Option type="QString" value="MM" name="line_width_unit"/>
              <Option type="QString" value="0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="0" name="ring_filter"/>
              <Option type="QString" value="0" name="trim_distance_end"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
              <Option type="QString" value="MM" name="trim_distance_end_unit"/>
              <Option type="QString" value="0" name="trim_distance_start"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
              <Option type="QString" value="MM" name="trim_distance_start_unit"/>
              <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
              <Option type="QString" value="0" name="use_custom_dash"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
            </Option>
            <prop k="align_dash_pattern" v="0"/>
            <prop k="capstyle" v="square"/>
            <prop k="customdash" v="5;2"/>
            <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="customdash_unit" v="MM"/>
            <prop k="dash_pattern_offset" v="0"/>
            <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="dash_pattern_offset_unit" v="MM"/>
            <prop k="draw_inside_polygon" v="0"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="line_color" v="35,35,35,255"/>
            <prop k="line_style" v="solid"/>
            <prop k="line_width" v="0.26"/>
            <prop k="line_width_unit" v="MM"/>
            <prop k="offset" v="0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="ring_filter" v="0"/>
            <prop k="trim_distance_end" v="0"/>
            <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_end_unit" v="MM"/>
            <prop k="trim_distance_start" v="0"/>
            <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_start_unit" v="MM"/>
            <prop k="tweak_dash_pattern_on_corners" v="0"/>
            <prop k="use_custom_dash" v="0"/>
            <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings priority="5" linePlacementFlags="1" showAll="1" placement="1" obstacle="0" dist="0" zIndex="0">
    <properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option type="Map" name="properties">
          <Option type="Map" name="show">
            <Option type="bool" value="true" name="active"/>
            <Option type="QString" value="NOT &quot;masked&quot;" name="expression"/>
            <Option type="int" value="3" name="type"/>
          </Option>
        </Option>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="zone_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="n_trips" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="masked" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_walk" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_bike" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_ebike" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_escooter" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_motorcycle" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_car" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_bus" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_coach" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_tram" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_metro" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_train" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_ferry" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_plane" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sh_unknown" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="zone_id" index="0" name=""/>
    <alias field="n_trips" index="1" name=""/>
    <alias field="masked" index="2" name=""/>
    <alias field="sh_walk" index="3" name=""/>
    <alias field="sh_bike" index="4" name=""/>
    <alias field="sh_ebike" index="5" name=""/>
    <alias field="sh_escooter" index="6" name=""/>
    <alias field="sh_motorcycle" index="7" name=""/>
    <alias field="sh_car" index="8" name=""/>
    <alias field="sh_bus" index="9" name=""/>
    <alias field="sh_coach" index="10" name=""/>
    <alias field="sh_tram" index="11" name=""/>
    <alias field="sh_metro" index="12" name=""/>
    <alias field="sh_train" index="13" name=""/>
    <alias field="sh_ferry" index="14" name=""/>
    <alias field="sh_plane" index="15" name=""/>
    <alias field="sh_unknown" index="16" name=""/>
  </aliases>
  <defaults>
    <default field="zone_id" expression="" applyOnUpdate="0"/>
    <default field="n_trips" expression="" applyOnUpdate="0"/>
    <default field="masked" expression="" applyOnUpdate="0"/>
    <default field="sh_walk" expression="" applyOnUpdate="0"/>
    <default field="sh_bike" expression="" applyOnUpdate="0"/>
    <default field="sh_ebike" expression="" applyOnUpdate="0"/>
    <default field="sh_escooter" expression="" applyOnUpdate="0"/>
    <default field="sh_motorcycle" expression="" applyOnUpdate="0"/>
    <default field="sh_car" expression="" applyOnUpdate="0"/>
    <default field="sh_bus" expression="" applyOnUpdate="0"/>
    <default field="sh_coach" expression="" applyOnUpdate="0"/>
    <default field="sh_tram" expression="" applyOnUpdate="0"/>
    <default field="sh_metro" expression="" applyOnUpdate="0"/>
    <default field="sh_train" expression="" applyOnUpdate="0"/>
    <default field="sh_ferry" expression="" applyOnUpdate="0"/>
    <default field="sh_plane" expression="" applyOnUpdate="0"/>
    <default field="sh_unknown" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="zone_id" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="n_trips" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="masked" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_walk" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_bike" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_ebike" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_escooter" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_motorcycle" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_car" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_bus" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_coach" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_tram" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_metro" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_train" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_ferry" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_plane" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="sh_unknown" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="zone_id" desc="" exp=""/>
    <constraint field="n_trips" desc="" exp=""/>
    <constraint field="masked" desc="" exp=""/>
    <constraint field="sh_walk" desc="" exp=""/>
    <constraint field="sh_bike" desc="" exp=""/>
    <constraint field="sh_ebike" desc="" exp=""/>
    <constraint field="sh_escooter" desc="" exp=""/>
    <constraint field="sh_motorcycle" desc="" exp=""/>
    <constraint field="sh_car" desc="" exp=""/>
    <constraint field="sh_bus" desc="" exp=""/>
    <constraint field="sh_coach" desc="" exp=""/>
    <constraint field="sh_tram" desc="" exp=""/>
    <constraint field="sh_metro" desc="" exp=""/>
    <constraint field="sh_train" desc="" exp=""/>
    <constraint field="sh_ferry" desc="" exp=""/>
    <constraint field="sh_plane" desc="" exp=""/>
    <constraint field="sh_unknown" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
