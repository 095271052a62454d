package nl.burgernet.action.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.participant.entity.Channel;

/** A set of channels in one column, e.g. "SMS,EMAIL": read whole, never queried by channel. */
@Converter
public class ChannelSetConverter implements AttributeConverter<Set<Channel>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Channel> channels) {
    return channels == null
        ? null
        : channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Channel> convertToEntityAttribute(String column) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(Channel::valueOf)
          .forEach(channels::add);
    }
    return channels;
  }
}
