package de.ratsanfragen.organization;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface UnitViewMapper {

    @Mapping(target = "kindLabel", expression = "java(unit.kind().label())")
    UnitView toView(Unit unit);

    List<UnitView> toViews(List<Unit> units);
}
